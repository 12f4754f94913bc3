import unittest

import gymnasium
import numpy as np

from . import support, REAL_GYMNASIUM
import sprintgym
from sprintgym import SprintGymEnv


class GymEnvTest(unittest.TestCase):
    """The gymnasium path, against the real gymnasium or the stand-in under tests/standin."""

    def test_it_is_a_gymnasium_env_with_the_documented_spaces(self):
        env = SprintGymEnv("triage", url=support.url())
        try:
            self.assertIsInstance(env, gymnasium.Env)
            self.assertIsInstance(env.observation_space, gymnasium.spaces.Box)
            self.assertIsInstance(env.action_space, gymnasium.spaces.Discrete)
            self.assertEqual(env.observation_space.dtype, np.float32)
            self.assertTrue(np.all(env.observation_space.low == 0.0))
            self.assertTrue(np.all(env.observation_space.high == 1.0))
            self.assertEqual(int(env.action_space.n), len(env.action_names))
            obs, info = env.reset(seed=3)
            self.assertTrue(env.observation_space.contains(obs))
            np.testing.assert_array_equal(info["action_mask"], env.action_masks())
            out = env.step(int(np.flatnonzero(env.action_masks())[0]))
            self.assertEqual(len(out), 5)
            self.assertTrue(env.observation_space.contains(out[0]))
            self.assertIsNone(env.render())  # no render_mode
            with self.assertRaises(ValueError):
                env.reset(seed=1, options={"difficulty": 1})
        finally:
            env.close()
        with self.assertRaises(ValueError):
            SprintGymEnv("triage", url=support.url(), render_mode="human")

    def test_same_seed_and_actions_give_the_same_episode(self):
        runs = []
        for _ in range(2):
            env = SprintGymEnv("stage2", url=support.url())
            rng = np.random.default_rng(7)
            obs, info = env.reset(seed=11)
            trace = [obs]
            while True:
                mask = env.action_masks()
                obs, r, term, trunc, info = env.step(rng.choice(np.flatnonzero(mask)))
                trace += [obs, r]
                if term or trunc:
                    break
            env.close()
            runs.append(trace)
        self.assertEqual(len(runs[0]), len(runs[1]))
        for a, b in zip(*runs):
            np.testing.assert_array_equal(a, b)

    def test_ansi_rendering_is_the_text_observation(self):
        env = SprintGymEnv("research", url=support.url(), render_mode="ansi")
        try:
            env.reset(seed=5)
            text = env.render()
            self.assertIn("Episode: research", text)
            self.assertIn("Allowed actions:", text)
            self.assertIn("Episode type: research", env.prompt())
        finally:
            env.close()

    def test_every_id_is_registered_and_makes_its_type(self):
        for env_id in sprintgym.ENV_IDS:
            self.assertIn(env_id, gymnasium.registry)
        self.assertIn("SprintGym/Elicitation-v0", sprintgym.ENV_IDS)
        self.assertEqual(sprintgym.ENV_IDS["SprintGym/Stage4-v0"], "stage4")
        self.assertEqual(sprintgym.register_envs(), [])  # already registered: no duplicates
        env = gymnasium.make("SprintGym/ScopeChange-v0", url=support.url())
        try:
            _, info = env.reset(seed=1)
            self.assertEqual(info["type"], "scope_change")
        finally:
            env.close()
        env = gymnasium.make("SprintGym/Stage3-v0", url=support.url())
        try:
            kinds = {env.reset(seed=s)[1]["stage"] for s in range(6)}
            self.assertEqual(kinds, {3})
        finally:
            env.close()

    def test_maskable_ppo_would_see_a_mask_per_action(self):
        if not REAL_GYMNASIUM:
            self.assertEqual(gymnasium.__version__, "stand-in")
        env = SprintGymEnv("decomposition", url=support.url())
        try:
            env.reset(seed=2)
            mask = env.action_masks()
            self.assertEqual(mask.shape, (int(env.action_space.n),))
            self.assertTrue(mask.any() and not mask.all())
        finally:
            env.close()


if __name__ == "__main__":
    unittest.main()
