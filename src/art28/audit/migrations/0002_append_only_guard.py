# The audit table refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL): see art28.audit.guards.

from django.db import migrations

from art28.audit import guards


def install(apps, schema_editor):
    guards.install(schema_editor.connection)


def remove(apps, schema_editor):
    guards.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(install, remove, elidable=False),
    ]
