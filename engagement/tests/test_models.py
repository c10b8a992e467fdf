import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from engagement.access import OFFICE_GROUP, is_office_member
from engagement.models import PartnershipRequest, RequestStatus


@pytest.mark.django_db
class TestTransitions:
    def test_the_normal_path_is_allowed_and_recorded(self, make_request, office_user):
        request = make_request()
        for status in ("analysis", "matched", "in_progress", "done"):
            request.change_status(status, user=office_user)
        request.refresh_from_db()
        assert request.status == RequestStatus.DONE
        assert request.matched_at is not None and request.closed_at is not None
        history = list(request.status_changes.order_by("changed_at", "pk"))
        assert [(c.from_status, c.to_status) for c in history] == [
            ("received", "analysis"),
            ("analysis", "matched"),
            ("matched", "in_progress"),
            ("in_progress", "done"),
        ]
        assert {c.changed_by for c in history} == {office_user}

    def test_a_closed_request_cannot_reopen(self, make_request):
        request = make_request(status="received")
        for status in ("analysis", "matched", "in_progress", "done"):
            request.change_status(status)
        with pytest.raises(ValidationError) as error:
            request.change_status("received")
        assert "« Terminée » ne peut pas passer à « Reçue »" in error.value.messages[0]
        request.refresh_from_db()
        assert request.status == "done"
        assert request.status_changes.count() == 4

    def test_skipping_a_step_is_refused(self, make_request):
        request = make_request()
        with pytest.raises(ValidationError):
            request.change_status("in_progress")

    def test_saving_a_disallowed_status_directly_is_refused(self, make_request):
        request = make_request()
        request = PartnershipRequest.objects.get(pk=request.pk)
        request.status = "done"
        with pytest.raises(ValidationError):
            request.save()
        with pytest.raises(ValidationError) as error:
            request.full_clean()
        assert "status" in error.value.message_dict

    def test_refusing_needs_a_reason(self, make_request):
        request = make_request()
        with pytest.raises(ValidationError) as error:
            request.change_status("refused", reason="  ")
        assert "motif" in error.value.messages[0]
        request.change_status("refused", reason="Projet déjà couvert par un comité.")
        assert request.status_reason == "Projet déjà couvert par un comité."

    def test_tokens_are_private_and_distinct(self, make_request):
        first, second = make_request(), make_request()
        assert len(first.token) >= 32 and first.token != second.token


@pytest.mark.django_db
def test_office_group_exists_without_moderators(office_moderator, office_user):
    group = Group.objects.get(name=OFFICE_GROUP)
    assert group.permissions.filter(codename="change_partneruser").exists()
    assert (
        not Group.objects.get(name="Moderators")
        .permissions.filter(content_type__app_label="engagement")
        .exists()
    )
    assert is_office_member(office_user)
    assert not is_office_member(office_moderator)
