import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provind.settings")
application = get_wsgi_application()

# After setup, before the first request: no serving on an empty or public secret key.
from provind.deployment import require_secret_key  # noqa: E402

require_secret_key()
