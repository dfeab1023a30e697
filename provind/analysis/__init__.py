"""Economic structure and spatial equity: how dependent the province is on foreign-invested
firms, how concentrated its output is, and how unequal its communes are (PySAL)."""
