import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Crée un administrateur local s’il n’en existe aucun (développement seulement)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Réservé au développement (DEBUG=True).")
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("Un administrateur existe déjà : rien à faire.")
            return
        username = os.environ.get("LOCAL_ADMIN_USERNAME", "admin")
        password = os.environ.get("LOCAL_ADMIN_PASSWORD", "admin")
        User.objects.create_superuser(username, f"{username}@localhost", password)
        self.stdout.write(
            self.style.WARNING(
                f"Administrateur local créé : http://127.0.0.1:8000/admin/ — "
                f"utilisateur « {username} », mot de passe « {password} »."
            )
        )
