"""HTTP client for `sprintgym serve env`: SprintGym envs over HTTP/JSON, Gymnasium-style.

Standard library only; when numpy is installed, observations and action masks come back as
numpy arrays (float32 and bool), otherwise as Python lists.

    from sprintgym.client import Client
    env = Client("http://127.0.0.1:5000").make("elicitation")
    obs, info = env.reset(seed=7)          # info["action_mask"]: the allowed actions
    obs, reward, terminated, truncated, info = env.step(action)   # an index or words
    env.close()
"""
import http.client
import json
import urllib.parse

try:  # numpy is optional
    import numpy as _np
except ImportError:  # pragma: no cover - depends on the machine
    _np = None

__all__ = ["Client", "RemoteEnv", "ServerError", "HAVE_NUMPY", "OBSERVATION_MODES"]

HAVE_NUMPY = _np is not None
OBSERVATION_MODES = ("vector", "text", "both")


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
        self.base_url = base_url.rstrip("/")
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

    def create(self, env_type, observation_mode="vector", invalid_action_penalty=None):
        """Creates an instance; returns the server's answer (instance_id and spaces).

        invalid_action_penalty: None (an action in words that names no action, or a masked one,
        raises ServerError 400), or a number from 0 to 1: such an action is then a step that
        changes nothing, pays -penalty and says why in info["invalid_action"]; after 8 of them
        in one episode the episode is truncated. The server checks the range."""
        if observation_mode not in OBSERVATION_MODES:
            raise ValueError("observation_mode must be one of %s, not %r"
                             % (", ".join(OBSERVATION_MODES), observation_mode))
        body = {"type": env_type, "observation_mode": observation_mode}
        if invalid_action_penalty is not None:
            body["invalid_action_penalty"] = invalid_action_penalty
        return self.request("POST", "/v1/envs", body)

    def make(self, env_type, observation_mode="vector", invalid_action_penalty=None):
        """A remote env of `env_type` (cartpole, elicitation, ..., stage1..4, all); see
        `create` for invalid_action_penalty."""
        return RemoteEnv(self, self.create(env_type, observation_mode, invalid_action_penalty))

    def batch_step(self, steps, autoreset=False):
        """Steps several instances in one request: `steps` is [(instance_id, action), ...]."""
        body = {"steps": [{"instance_id": i, "action": _action(a)} for i, a in steps],
                "autoreset": bool(autoreset)}
        return self.request("POST", "/v1/envs/batch/step", body)["results"]

    def batch_reset(self, resets):
        """Resets several instances in one request: `resets` is [(instance_id, seed), ...]."""
        body = {"resets": [{"instance_id": i, "seed": None if s is None else int(s)}
                           for i, s in resets]}
        return self.request("POST", "/v1/envs/batch/reset", body)["results"]

    def delete(self, instance_id):
        try:
            self.request("DELETE", "/v1/envs/" + urllib.parse.quote(instance_id))
        except ServerError as e:
            if e.status != 404:
                raise

    def close(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _action(a):
    """An action for the wire: words stay words, any integer (numpy too) becomes an int."""
    return a if isinstance(a, str) else int(a)


def _array(values, dtype):
    if _np is None:
        return list(values)
    return _np.asarray(values, dtype=dtype)


class RemoteEnv:
    """One env instance on the server, with Gymnasium's reset/step contract.

    In "text" or "both" observation mode, info carries "text" (the observation rendered as text)
    and "legal_actions" (names); in "text" mode the observation itself is that text.
    """

    def __init__(self, client, created):
        self._client = client
        self.instance_id = created["instance_id"]
        self.observation_space = created["observation_space"]
        self.action_space = created["action_space"]
        self.observation_mode = created.get("observation_mode", "vector")
        self.action_mask = None
        self._path = "/v1/envs/" + urllib.parse.quote(self.instance_id)

    def reset(self, seed=None, options=None):
        """Starts an episode; returns (observation, info) with info["action_mask"]."""
        body = {} if seed is None else {"seed": int(seed)}
        answer = self._client.request("POST", self._path + "/reset", body)
        return self._unpack(answer)

    def step(self, action):
        """One action, an index or words ("Action: ask edge cases"); returns Gymnasium's
        (observation, reward, terminated, truncated, info)."""
        answer = self._client.request("POST", self._path + "/step", {"action": _action(action)})
        obs, info = self._unpack(answer)
        return (obs, float(answer["reward"]), bool(answer["terminated"]),
                bool(answer["truncated"]), info)

    def prompt(self):
        """The system prompt for the seat (GET /v1/envs/{id}/prompt): a dict with "prompt"."""
        return self._client.request("GET", self._path + "/prompt")

    def _unpack(self, answer):
        self.action_mask = _array(answer["action_mask"], bool)
        info = dict(answer.get("info") or {})
        info["action_mask"] = self.action_mask
        for key in ("text", "legal_actions", "action"):
            if key in answer:
                info[key] = answer[key]
        if "observation" not in answer:  # text mode
            return answer["text"], info
        return _array(answer["observation"], "float32"), info

    def allowed_actions(self):
        """Indices the current mask allows."""
        return [i for i, ok in enumerate(self.action_mask) if ok]

    def close(self):
        self._client.delete(self.instance_id)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
