"""Services the handlers call; each owns its resources via initialize/shutdown."""
