"""The desk's login attempt limit (django-axes; newsroom/logins.py) and the client's address.

Imported by base.py; README, "Logging in", says how an admin unlocks a user."""

import os
from datetime import timedelta

# Where the client's address is read when a proxy (nginx) is in front: the header it sets, e.g.
# "X-Real-IP" (nginx: proxy_set_header X-Real-IP $remote_addr;). Empty: the connection's own.
NEWSROOM_CLIENT_IP_HEADER = os.environ.get("NEWSROOM_CLIENT_IP_HEADER", "").strip()

AUTHENTICATION_BACKENDS = [
    "newsroom.logins.LoginAttemptsBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# 5 wrong passwords for one user name from one address pause that pair's logins for 15 minutes
# (another address, or the right user from elsewhere, is not held up).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "newsroom.logins.client_address"
AXES_LOCKOUT_CALLABLE = "newsroom.logins.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
# Failed attempts are kept (axes_accessattempt); successful logins are not logged one a row.
AXES_DISABLE_ACCESS_LOG = True
# Not in the desk's tables: an admin unlocks with `manage.py axes_reset_username NAME`.
AXES_ENABLE_ADMIN = False
AXES_SENSITIVE_PARAMETERS = []  # the logs name the user name and address of a failed login
