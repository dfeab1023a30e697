"""Industrial clusters (cụm công nghiệp) under Decree 32/2024 and Circular 14/2024."""
