"""The former single-file client, kept so existing scripts keep working: use `sprintgym`."""
from sprintgym.client import Client, RemoteEnv, ServerError, HAVE_NUMPY  # noqa: F401

__all__ = ["Client", "RemoteEnv", "ServerError", "HAVE_NUMPY"]
