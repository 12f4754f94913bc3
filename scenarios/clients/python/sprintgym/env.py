"""`SprintGymEnv`: one served env as a `gymnasium.Env` (or, without gymnasium, the same API)."""
import atexit
import os

from . import spaces as _fallback
from ._gym import gym
from .client import Client

try:
    import numpy as np
except ImportError:  # pragma: no cover - depends on the machine
    np = None

__all__ = ["SprintGymEnv", "default_url", "make_spaces"]

_Base = gym.Env if gym is not None else object
_spaces = gym.spaces if gym is not None else _fallback
_shared = {}  # the one server this process launched for envs given no url


def default_url():
    """Where envs given no url connect: $SPRINTGYM_URL, else a server launched from the checkout
    once per process (stopped at exit)."""
    url = os.environ.get("SPRINTGYM_URL")
    if url:
        return url
    if "server" not in _shared:
        from .launch import launch
        _shared["server"] = launch()
        atexit.register(_shared["server"].close)
    return _shared["server"].url


def make_spaces(created):
    """Gymnasium spaces from the server's description: Box(low, high, (D,), float32) and
    Discrete(n)."""
    obs, act = created["observation_space"], created["action_space"]
    shape = tuple(obs["shape"])
    if np is not None:
        low = np.asarray(obs["low"], dtype=np.float32).reshape(shape)
        high = np.asarray(obs["high"], dtype=np.float32).reshape(shape)
    else:
        low, high = obs["low"], obs["high"]
    box = _spaces.Box(low=low, high=high, shape=shape, dtype=np.float32 if np else "float32")
    return box, _spaces.Discrete(int(act["n"]))


class SprintGymEnv(_Base):
    """A SprintGym env served over HTTP, with Gymnasium's API.

    env_type: "elicitation", ..., "compensation" (an episode type), "stage1".."stage4" (a
    stage's mix), "all", or "cartpole". url: a running `sprintgym serve env` (default: see
    `default_url`). render_mode "ansi": `render()` returns the observation as text (the
    situation, what was learned so far, the legal actions). Every info has "action_mask";
    `action_masks()` returns it as sb3-contrib's MaskablePPO expects. `step` also takes an
    action in words ("Action: ask edge cases"); an unparseable or masked one raises ServerError
    (HTTP 400) naming the legal actions, unless invalid_action_penalty (a number from 0 to 1) is
    given: then it is a step that changes nothing, pays -invalid_action_penalty and says why in
    info["invalid_action"] (8 of them truncate the episode). Index actions are always strict.
    """

    metadata = {"render_modes": ["ansi"], "render_fps": 4}

    def __init__(self, env_type="elicitation", url=None, render_mode=None, client=None,
                 invalid_action_penalty=None):
        if render_mode is not None and render_mode not in self.metadata["render_modes"]:
            raise ValueError("render_mode must be None or 'ansi', not %r" % (render_mode,))
        self.render_mode = render_mode
        self.env_type = env_type
        self._own_client = client is None
        self._client = client if client is not None else Client(url or default_url())
        mode = "both" if render_mode == "ansi" else "vector"
        self.invalid_action_penalty = invalid_action_penalty
        try:
            created = self._client.create(env_type, mode, invalid_action_penalty)
        except BaseException:
            if self._own_client:
                self._client.close()
            self._client = None
            raise
        self.instance_id = created["instance_id"]
        self._path = "/v1/envs/" + self.instance_id
        self.observation_space, self.action_space = make_spaces(created)
        self.action_names = list(created["action_space"]["names"])
        self._mask = None
        self._text = None

    def reset(self, *, seed=None, options=None):
        """Starts an episode. A seed fixes it (same seed, same actions: same episode); without
        one the server continues from the previous seed + 1. No options are defined."""
        if options:
            raise ValueError("SprintGymEnv.reset takes no options, got %r" % (options,))
        if gym is not None:
            super().reset(seed=seed)
        body = {} if seed is None else {"seed": int(seed)}
        answer = self._client.request("POST", self._path + "/reset", body)
        return self._unpack(answer)

    def step(self, action):
        a = action if isinstance(action, str) else int(action)
        answer = self._client.request("POST", self._path + "/step", {"action": a})
        obs, info = self._unpack(answer)
        return (obs, float(answer["reward"]), bool(answer["terminated"]),
                bool(answer["truncated"]), info)

    def _unpack(self, answer):
        mask = answer["action_mask"]
        self._mask = np.asarray(mask, dtype=bool) if np is not None else list(mask)
        self._text = answer.get("text")
        info = dict(answer.get("info") or {})
        info["action_mask"] = self._mask
        obs = answer["observation"]
        return (np.asarray(obs, dtype=np.float32) if np is not None else list(obs)), info

    def action_masks(self):
        """The actions allowed now (bool per action), for MaskablePPO."""
        if self._mask is None:
            raise RuntimeError("call reset() first")
        return self._mask

    def render(self):
        if self.render_mode != "ansi":
            return None
        return self._text

    def prompt(self):
        """The system prompt describing the seat and its actions (for a language model)."""
        return self._client.request("GET", self._path + "/prompt")["prompt"]

    def close(self):
        if getattr(self, "_client", None) is not None:
            self._client.delete(self.instance_id)
            if self._own_client:
                self._client.close()
            self._client = None
        if gym is not None:
            super().close()
