"""Client throughput: `python3 -m sprintgym.bench --envs 64 --steps 300`.

Steps a SprintGymVectorEnv of --envs envs (one batch request per step, same-step autoreset)
with masked random actions drawn by numpy, and, for comparison, the same envs one request per
env per step. Prints env steps per second for both, one JSON line each.
"""
import argparse
import json
import sys
import time

import numpy as np

from .client import Client
from .launch import launch
from .vector import SprintGymVectorEnv


def masked_random(rng, mask):
    """One allowed action per row of `mask`, uniformly, vectorised."""
    scores = rng.random(mask.shape)
    scores[~mask] = -1.0
    return scores.argmax(axis=1)


def bench_vector(url, env_type, envs, steps, seed, warmup):
    venv = SprintGymVectorEnv(env_type, num_envs=envs, url=url)
    rng = np.random.default_rng(seed)
    try:
        venv.reset(seed=seed)
        episodes = 0
        for t in range(warmup + steps):
            if t == warmup:
                t0 = time.perf_counter()
            _, _, term, trunc, _ = venv.step(masked_random(rng, venv.action_masks()))
            episodes += int((term | trunc).sum()) if t >= warmup else 0
        elapsed = time.perf_counter() - t0
    finally:
        venv.close()
    return {"mode": "batch", "envs": envs, "steps": steps, "env_steps_per_s":
            round(envs * steps / elapsed, 1), "episodes": episodes, "seconds": round(elapsed, 3)}


def bench_single(url, env_type, envs, steps, seed, warmup):
    client = Client(url)
    remotes = [client.make(env_type) for _ in range(envs)]
    rng = np.random.default_rng(seed)
    try:
        masks = np.stack([r.reset(seed=seed + i)[1]["action_mask"]
                          for i, r in enumerate(remotes)])
        for t in range(warmup + steps):
            if t == warmup:
                t0 = time.perf_counter()
            actions = masked_random(rng, masks)
            for i, r in enumerate(remotes):
                _, _, term, trunc, info = r.step(actions[i])
                if term or trunc:
                    info = r.reset()[1]
                masks[i] = info["action_mask"]
        elapsed = time.perf_counter() - t0
    finally:
        for r in remotes:
            r.close()
        client.close()
    return {"mode": "one-request-per-env", "envs": envs, "steps": steps,
            "env_steps_per_s": round(envs * steps / elapsed, 1), "seconds": round(elapsed, 3)}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", help="a running server (default: launch one from the checkout)")
    p.add_argument("--jar", help="launch with java -jar JAR instead of ./sprintgym")
    p.add_argument("--type", default="stage1")
    p.add_argument("--envs", type=int, default=64)
    p.add_argument("--steps", type=int, default=300)
    p.add_argument("--warmup", type=int, default=50)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-single", action="store_true", help="skip the one-request-per-env run")
    args = p.parse_args(argv)
    with launch(url=args.url, jar=args.jar) as server:
        print(json.dumps(bench_vector(server.url, args.type, args.envs, args.steps, args.seed,
                                      args.warmup)))
        if not args.no_single:
            print(json.dumps(bench_single(server.url, args.type, args.envs, args.steps,
                                          args.seed, args.warmup)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
