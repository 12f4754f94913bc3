import unittest

import gymnasium
import numpy as np

from . import support
from sprintgym import SprintGymEnv, SprintGymVectorEnv


class VectorEnvTest(unittest.TestCase):
    def test_batch_steps_equal_single_envs_with_same_step_autoreset(self):
        n = 4
        venv = SprintGymVectorEnv("triage", num_envs=n, url=support.url())
        singles = [SprintGymEnv("triage", url=support.url()) for _ in range(n)]
        try:
            self.assertIsInstance(venv, gymnasium.vector.VectorEnv)
            self.assertEqual(venv.metadata["autoreset_mode"],
                             gymnasium.vector.AutoresetMode.SAME_STEP)
            self.assertEqual(venv.observation_space.shape,
                             (n,) + venv.single_observation_space.shape)
            obs, info = venv.reset(seed=20)
            seeds = [20 + i for i in range(n)]
            for i, env in enumerate(singles):
                np.testing.assert_array_equal(obs[i], env.reset(seed=seeds[i])[0])
            rng = np.random.default_rng(1)
            autoresets = 0
            for _ in range(25):
                mask = venv.action_masks()
                actions = np.array([rng.choice(np.flatnonzero(m)) for m in mask])
                obs, rew, term, trunc, infos = venv.step(actions)
                for i, env in enumerate(singles):
                    o, r, te, tr, _ = env.step(actions[i])
                    self.assertEqual(rew[i], r)
                    self.assertEqual((term[i], trunc[i]), (te, tr))
                    if te or tr:
                        autoresets += 1
                        self.assertTrue(infos["_final_obs"][i])
                        np.testing.assert_array_equal(infos["final_obs"][i], o)
                        self.assertIn("judge", infos["final_info"][i])
                        seeds[i] += 1  # the server's next seed: previous + 1
                        o = env.reset(seed=seeds[i])[0]
                    elif "_final_obs" in infos:
                        self.assertFalse(infos["_final_obs"][i])
                    np.testing.assert_array_equal(obs[i], o)
                    np.testing.assert_array_equal(infos["action_mask"][i], env.action_masks())
            self.assertGreater(autoresets, n)
            with self.assertRaises(ValueError):
                venv.step([0])
            with self.assertRaises(ValueError):
                venv.reset(seed=[1, 2])
        finally:
            venv.close()
            for env in singles:
                env.close()

    def test_one_type_per_env_and_bad_arguments(self):
        venv = SprintGymVectorEnv(["triage", "research"], num_envs=2, url=support.url())
        try:
            _, info = venv.reset(seed=[5, 6])
            self.assertEqual([i["type"] for i in info["info"]], ["triage", "research"])
        finally:
            venv.close()
        with self.assertRaises(ValueError):
            SprintGymVectorEnv(["triage"], num_envs=2, url=support.url())


if __name__ == "__main__":
    unittest.main()
