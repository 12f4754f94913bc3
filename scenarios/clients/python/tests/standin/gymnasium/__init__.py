"""A small stand-in for gymnasium's API (Env, register, make, make_vec, registry, spaces, vector),
used by the tests only when the real gymnasium cannot be imported. It mirrors gymnasium's
signatures and behaviour for what sprintgym uses, nothing more; it is never installed."""
import importlib

import numpy as np

from . import spaces, vector  # noqa: F401

__version__ = "stand-in"


class Env:
    metadata = {"render_modes": []}
    render_mode = None
    spec = None
    _np_random = None

    def reset(self, *, seed=None, options=None):
        if seed is not None:
            self._np_random = np.random.default_rng(seed)

    def step(self, action):
        raise NotImplementedError

    def render(self):
        raise NotImplementedError

    def close(self):
        pass

    @property
    def np_random(self):
        if self._np_random is None:
            self._np_random = np.random.default_rng()
        return self._np_random

    @property
    def unwrapped(self):
        return self


class EnvSpec:
    def __init__(self, id, entry_point, kwargs=None, vector_entry_point=None):
        self.id = id
        self.entry_point = entry_point
        self.kwargs = dict(kwargs or {})
        self.vector_entry_point = vector_entry_point


registry = {}


def register(id, entry_point=None, kwargs=None, vector_entry_point=None, **_):
    registry[id] = EnvSpec(id, entry_point, kwargs, vector_entry_point)


def _load(entry_point):
    module, attr = entry_point.split(":")
    return getattr(importlib.import_module(module), attr)


def make(id, **kwargs):
    if id not in registry:
        raise KeyError("Environment `%s` doesn't exist." % id)
    spec = registry[id]
    env = _load(spec.entry_point)(**{**spec.kwargs, **kwargs})
    env.spec = spec
    return env


def make_vec(id, num_envs=1, vectorization_mode=None, **kwargs):
    spec = registry[id]
    return _load(spec.vector_entry_point)(num_envs=num_envs, **{**spec.kwargs, **kwargs})
