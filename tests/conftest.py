"""Shared fixtures: a processor with its people (owner, staff, read-only) and an outsider."""

from __future__ import annotations

import socket
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller
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


@pytest.fixture(autouse=True)
def _static_files_without_manifest(settings):
    """Pages render {% static %} without a collectstatic run (the manifest is a deploy step)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


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


class _Inbox:
    """Messages received by the loopback SMTP server, as email.message.Message objects."""

    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        return "250 OK"


@pytest.fixture
def smtp(settings):
    """A real SMTP server on 127.0.0.1; Django's SMTP backend is pointed at it."""
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
