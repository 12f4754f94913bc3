"""gymnasium when it is installed, else None: the one place that decides."""
try:
    import gymnasium as gym
except ImportError:
    gym = None
