"""Settings split by environment: base (shared), dev (the default), test, production."""
