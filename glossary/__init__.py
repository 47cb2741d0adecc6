"""German→English translation and terminology toolkit: library first, the CLI and TUI are thin faces."""

__version__ = "0.1.0"
