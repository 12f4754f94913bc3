"""`SprintGymVectorEnv`: N served envs stepped by one request per step over one connection."""
from . import spaces as _fallback
from ._gym import gym
from .client import Client
from .env import default_url, make_spaces

try:
    import numpy as np
except ImportError:  # pragma: no cover - depends on the machine
    np = None

__all__ = ["SprintGymVectorEnv"]

_Base = gym.vector.VectorEnv if gym is not None else object
_spaces = gym.spaces if gym is not None else _fallback
_AutoresetMode = getattr(getattr(gym, "vector", None), "AutoresetMode", None)


class SprintGymVectorEnv(_Base):
    """num_envs served envs of `env_type` (one type, or a list with one type per env), stepped
    through POST /v1/envs/batch/step.

    Autoreset is Gymnasium's same-step mode: when env i's episode ends, the observation returned
    for it is already the next episode's first; the last one is infos["final_obs"][i] and its
    info infos["final_info"][i] (infos["_final_obs"][i] is True). infos["action_mask"] is the
    (num_envs, n) mask of the observations returned; `action_masks()` returns it too.
    Requires numpy.
    """

    metadata = {"autoreset_mode": _AutoresetMode.SAME_STEP if _AutoresetMode else "same-step"}

    def __init__(self, env_type="elicitation", num_envs=8, url=None, client=None):
        if np is None:
            raise RuntimeError("SprintGymVectorEnv needs numpy (apt-get install python3-numpy)")
        types = list(env_type) if isinstance(env_type, (list, tuple)) else [env_type] * num_envs
        if len(types) != num_envs or num_envs < 1:
            raise ValueError("need num_envs >= 1 and one type per env, got %d types for %d envs"
                             % (len(types), num_envs))
        self.num_envs = num_envs
        self._own_client = client is None
        self._client = client if client is not None else Client(url or default_url())
        self.instance_ids = []
        created = None
        try:
            for t in types:
                created = self._client.create(t)
                self.instance_ids.append(created["instance_id"])
        except Exception:
            self.close()
            raise
        self.single_observation_space, self.single_action_space = make_spaces(created)
        low = np.tile(self.single_observation_space.low, (num_envs, 1))
        high = np.tile(self.single_observation_space.high, (num_envs, 1))
        self.observation_space = _spaces.Box(low=low, high=high, shape=low.shape,
                                             dtype=np.float32)
        self.action_space = _spaces.MultiDiscrete([self.single_action_space.n] * num_envs)
        self._mask = None

    def reset(self, *, seed=None, options=None):
        """seed: None (each env continues from its previous seed + 1), an int s (env i gets
        s + i, as Gymnasium's vector envs do) or a list of num_envs seeds."""
        if options:
            raise ValueError("SprintGymVectorEnv.reset takes no options, got %r" % (options,))
        if seed is None or isinstance(seed, int):
            seeds = [None if seed is None else seed + i for i in range(self.num_envs)]
        else:
            seeds = list(seed)
            if len(seeds) != self.num_envs:
                raise ValueError("need %d seeds, got %d" % (self.num_envs, len(seeds)))
        results = self._client.batch_reset(list(zip(self.instance_ids, seeds)))
        obs = np.asarray([r["observation"] for r in results], dtype=np.float32)
        self._mask = np.asarray([r["action_mask"] for r in results], dtype=bool)
        return obs, {"action_mask": self._mask, "info": [r["info"] for r in results]}

    def step(self, actions):
        actions = np.asarray(actions).reshape(-1)
        if actions.shape[0] != self.num_envs:
            raise ValueError("need %d actions, got %d" % (self.num_envs, actions.shape[0]))
        results = self._client.batch_step(
            list(zip(self.instance_ids, (int(a) for a in actions))), autoreset=True)
        n = self.num_envs
        obs = np.asarray([r["observation"] for r in results], dtype=np.float32)
        rewards = np.fromiter((r["reward"] for r in results), dtype=np.float64, count=n)
        terminated = np.fromiter((r["terminated"] for r in results), dtype=bool, count=n)
        truncated = np.fromiter((r["truncated"] for r in results), dtype=bool, count=n)
        self._mask = np.asarray([r["action_mask"] for r in results], dtype=bool)
        done = terminated | truncated
        infos = {"action_mask": self._mask}
        if done.any():
            final_obs = np.empty(n, dtype=object)
            final_info = np.empty(n, dtype=object)
            for i, r in enumerate(results):
                if done[i]:
                    final_obs[i] = np.asarray(r["final_observation"], dtype=np.float32)
                    final_info[i] = r["final_info"]
            infos.update({"final_obs": final_obs, "_final_obs": done.copy(),
                          "final_info": final_info, "_final_info": done.copy()})
        return obs, rewards, terminated, truncated, infos

    def action_masks(self):
        if self._mask is None:
            raise RuntimeError("call reset() first")
        return self._mask

    def close(self, **kwargs):
        if getattr(self, "_client", None) is None:
            return
        for i in self.instance_ids:
            self._client.delete(i)
        if self._own_client:
            self._client.close()
        self._client = None
