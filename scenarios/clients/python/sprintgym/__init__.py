"""SprintGym from Python: served envs as Gymnasium envs, a vector env over one connection,
text mode for language-model policies, and `launch()` for a local server.

    import sprintgym
    with sprintgym.launch() as server:                 # or launch(url="http://127.0.0.1:5000")
        env = sprintgym.SprintGymEnv("triage", url=server.url)
        obs, info = env.reset(seed=1)
        obs, reward, terminated, truncated, info = env.step(env.action_masks().argmax())

With gymnasium installed, SprintGymEnv is a gymnasium.Env and the ids in `ENV_IDS`
(e.g. "SprintGym/Elicitation-v0") are registered on import.
"""
from ._gym import gym as _gym
from .client import Client, RemoteEnv, ServerError, HAVE_NUMPY
from .env import SprintGymEnv, default_url
from .launch import LaunchError, Server, launch
from .registration import ENV_IDS, EPISODE_TYPES, register_envs
from .vector import SprintGymVectorEnv

__all__ = ["Client", "RemoteEnv", "ServerError", "HAVE_NUMPY", "SprintGymEnv",
           "SprintGymVectorEnv", "launch", "Server", "LaunchError", "ENV_IDS", "EPISODE_TYPES",
           "register_envs", "default_url", "HAVE_GYMNASIUM"]
__version__ = "0.1.0"

HAVE_GYMNASIUM = _gym is not None
register_envs()
