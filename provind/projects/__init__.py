"""Key projects (dự án trọng điểm), milestones and the obstacle ledger (vướng mắc)."""
