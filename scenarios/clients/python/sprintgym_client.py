"""Client for `sprintgym serve env`: SprintGym envs over HTTP/JSON, Gymnasium-style.

Standard library only; when numpy is installed, observations and action masks come back as
numpy arrays (float32 and bool), otherwise as Python lists.

    from sprintgym_client import Client
    env = Client("http://127.0.0.1:5000").make("elicitation")
    obs, info = env.reset(seed=7)          # info["action_mask"]: the allowed actions
    obs, reward, terminated, truncated, info = env.step(action)
    env.close()
"""
import http.client
import json
import urllib.parse

try:  # numpy is optional
    import numpy as _np
except ImportError:  # pragma: no cover - depends on the machine
    _np = None

__all__ = ["Client", "RemoteEnv", "ServerError", "HAVE_NUMPY"]

HAVE_NUMPY = _np is not None


class ServerError(Exception):
    """The server refused a request (4xx) or failed (5xx); `status` and the server's message."""

    def __init__(self, status, message):
        super().__init__("HTTP %d: %s" % (status, message))
        self.status = status
        self.message = message


class Client:
    """A connection to one env server; keeps one HTTP/1.1 connection alive (not thread-safe:
    use one Client per thread)."""

    def __init__(self, base_url="http://127.0.0.1:5000", timeout=30.0):
        url = urllib.parse.urlsplit(base_url)
        if url.scheme != "http" or not url.hostname:
            raise ValueError("base_url must look like http://HOST:PORT, not %r" % base_url)
        self._host = url.hostname
        self._port = url.port or 80
        self._timeout = timeout
        self._conn = None

    def request(self, method, path, body=None):
        """Sends one request; returns the decoded JSON answer or raises ServerError."""
        data = None if body is None else json.dumps(body).encode("utf-8")
        headers = {"Content-Type": "application/json"} if data is not None else {}
        for attempt in (0, 1):
            if self._conn is None:
                self._conn = http.client.HTTPConnection(self._host, self._port,
                                                        timeout=self._timeout)
            try:
                self._conn.request(method, path, body=data, headers=headers)
                resp = self._conn.getresponse()
                raw = resp.read()
                break
            except (http.client.HTTPException, ConnectionError):
                # the server closed an idle keep-alive connection: reconnect once
                self._conn.close()
                self._conn = None
                if attempt == 1:
                    raise
        answer = json.loads(raw.decode("utf-8")) if raw else {}
        if resp.status >= 400:
            raise ServerError(resp.status, answer.get("error", raw.decode("utf-8", "replace")))
        return answer

    def health(self):
        return self.request("GET", "/health")

    def make(self, env_type):
        """Creates a remote env of `env_type` (cartpole, elicitation, ..., stage1..4, all)."""
        answer = self.request("POST", "/v1/envs", {"type": env_type})
        return RemoteEnv(self, answer)

    def close(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _array(values, dtype):
    if _np is None:
        return list(values)
    return _np.asarray(values, dtype=dtype)


class RemoteEnv:
    """One env instance on the server, with Gymnasium's reset/step contract."""

    def __init__(self, client, created):
        self._client = client
        self.instance_id = created["instance_id"]
        self.observation_space = created["observation_space"]
        self.action_space = created["action_space"]
        self.action_mask = None
        self._path = "/v1/envs/" + urllib.parse.quote(self.instance_id)

    def reset(self, seed=None, options=None):
        """Starts an episode; returns (observation, info) with info["action_mask"]."""
        body = {} if seed is None else {"seed": int(seed)}
        answer = self._client.request("POST", self._path + "/reset", body)
        obs, info = self._unpack(answer)
        return obs, info

    def step(self, action):
        """One action; returns (observation, reward, terminated, truncated, info)."""
        answer = self._client.request("POST", self._path + "/step", {"action": int(action)})
        obs, info = self._unpack(answer)
        return (obs, float(answer["reward"]), bool(answer["terminated"]),
                bool(answer["truncated"]), info)

    def _unpack(self, answer):
        self.action_mask = _array(answer["action_mask"], bool)
        info = dict(answer.get("info") or {})
        info["action_mask"] = self.action_mask
        return _array(answer["observation"], "float32"), info

    def allowed_actions(self):
        """Indices the current mask allows."""
        return [i for i, ok in enumerate(self.action_mask) if ok]

    def close(self):
        try:
            self._client.request("DELETE", self._path)
        except ServerError as e:
            if e.status != 404:
                raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
