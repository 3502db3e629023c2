"""create_activity and update_activity: lists, relations, search text, audit entries."""

from __future__ import annotations

from art28.audit.models import AuditEntry
from art28.register.models import ProcessingActivity
from art28.register.services import create_activity, update_activity
from tests.factories import make_activity, make_function, make_subprocessor


def test_create_activity_stores_the_row_with_functions_and_subprocessors(
    processor, controller, owner
):
    support = make_function(processor, "Supportdesk")
    hosting = make_subprocessor(processor)

    activity = create_activity(
        controller,
        by=owner,
        data={
            "name": "Remote backup",
            "data_categories": ["NAW-gegevens"],
            "staff_functions": [support],
            "subprocessors": [hosting],
        },
    )

    assert (activity.processor, activity.controller) == (processor, controller)
    assert list(activity.subprocessors.all()) == [hosting]
    assert activity.search_text == "remote backup\nnaw-gegevens\nsupportdesk"
    assert AuditEntry.objects.get().data["staff_functions"] == [str(support.uuid)]


def test_created_activity_is_found_by_the_register_search(controller, owner):
    create_activity(controller, by=owner, data={"name": "Remote backup", "systems": ["Veeam"]})

    found = ProcessingActivity.objects.for_controller(controller).search("VEEAM backup")

    assert [a.name for a in found] == ["Remote backup"]


def test_update_activity_records_changed_fields_and_relations(processor, controller, owner):
    activity = make_activity(controller, "Backup")
    support = make_function(processor, "Supportdesk")

    update_activity(activity, by=owner, data={"name": "Backup", "staff_functions": [support]})

    assert AuditEntry.objects.get().data == {"staff_functions": [[], [str(support.uuid)]]}
    assert ProcessingActivity.objects.search("supportdesk").count() == 1


def test_update_activity_without_a_change_writes_no_entry(controller, owner):
    activity = make_activity(controller, "Backup")

    update_activity(activity, by=owner, data={"name": "Backup", "staff_functions": []})

    assert AuditEntry.objects.count() == 0


def test_list_filters_match_whole_items_only(controller):
    make_activity(controller, "Mail", data_categories=["E-mailadres (werk)"])
    make_activity(
        controller, "Helpdesk", data_categories=["E-mailadres"], data_subjects=["Klanten"]
    )

    rows = ProcessingActivity.objects.with_data_category("E-mailadres").with_data_subject("Klanten")

    assert [a.name for a in rows] == ["Helpdesk"]


def test_list_filters_match_items_with_accents_and_quotes(controller):
    make_activity(controller, "Zorg", data_categories=['Medische gegevens "één"', "Geslacht"])

    rows = ProcessingActivity.objects.with_data_category('Medische gegevens "één"')

    assert [a.name for a in rows] == ["Zorg"]
