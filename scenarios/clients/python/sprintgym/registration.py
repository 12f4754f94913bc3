"""Gymnasium ids: `SprintGym/<Type>-v0` per episode type, `SprintGym/Stage1-v0`..`Stage4-v0`
(a stage's mix), `SprintGym/All-v0` and `SprintGym/CartPole-v0`."""
from ._gym import gym

__all__ = ["EPISODE_TYPES", "ENV_IDS", "register_envs"]

# The served types (org.sprintgym.serve.EnvTypes); a test checks them against the server.
EPISODE_TYPES = ("elicitation", "decomposition", "implementation", "self_monitoring", "research",
                 "triage", "recovery", "scope_change", "borrowing_arrival", "context_switching",
                 "cross_team_dependency", "knowledge_handoff", "onboarding_support",
                 "compensation")


def _camel(key):
    return "".join(part.capitalize() for part in key.split("_"))


ENV_IDS = dict(
    [("SprintGym/%s-v0" % _camel(t), t) for t in EPISODE_TYPES]
    + [("SprintGym/Stage%d-v0" % s, "stage%d" % s) for s in (1, 2, 3, 4)]
    + [("SprintGym/All-v0", "all"), ("SprintGym/CartPole-v0", "cartpole")])


def register_envs():
    """Registers every id with gymnasium (once); returns the ids registered now ([] without
    gymnasium). `gymnasium.make(id, url=...)` passes url on to SprintGymEnv."""
    if gym is None:
        return []
    done = []
    for env_id, env_type in ENV_IDS.items():
        if env_id in gym.registry:
            continue
        kwargs = {"env_type": env_type}
        try:
            gym.register(id=env_id, entry_point="sprintgym.env:SprintGymEnv", kwargs=kwargs,
                         vector_entry_point="sprintgym.vector:SprintGymVectorEnv")
        except TypeError:  # gymnasium before 1.0 has no vector_entry_point
            gym.register(id=env_id, entry_point="sprintgym.env:SprintGymEnv", kwargs=kwargs)
        done.append(env_id)
    return done
