"""Shared fixtures: a processor with its people (owner, staff, read-only) and an outsider."""

from __future__ import annotations

import pytest
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import make_controller, make_processor, make_user


def login_verified(client: Client, user) -> Client:
    """Log in as a user who passed password and TOTP (a confirmed device in the session)."""
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def processor(db):
    return make_processor("ICTeam Zuid B.V.")


@pytest.fixture
def controller(processor):
    return make_controller(processor, "Imaging People")


@pytest.fixture
def owner(processor):
    return make_user(processor, "owner@icteam.example", role="admin")


@pytest.fixture
def staff_member(processor):
    return make_user(processor, "staff@icteam.example", role="staff")


@pytest.fixture
def reader(processor):
    return make_user(processor, "reader@icteam.example", role="readonly")


@pytest.fixture
def other_processor(db):
    return make_processor("Mickcom ICT")


@pytest.fixture
def outsider(other_processor):
    return make_user(other_processor, "outsider@mickcom.example", role="admin")


@pytest.fixture
def owner_client(owner) -> Client:
    return login_verified(Client(), owner)


@pytest.fixture
def reader_client(reader) -> Client:
    return login_verified(Client(), reader)


@pytest.fixture
def outsider_client(outsider) -> Client:
    return login_verified(Client(), outsider)
