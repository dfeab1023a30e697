"""Circular 14/2024 reporting on industrial clusters, by job: `wording` (the circular's labels),
`submissions` (Forms 01/02 checked and stored), `summary` (Forms 03/04 computed), `deadlines`
(due dates, who has not submitted) and `files` (the forms as XLSX/DOCX)."""
