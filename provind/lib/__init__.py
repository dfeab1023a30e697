"""Pure helpers shared by every app (as healthchecks keeps hc/lib/): Vietnamese numbers and
words, Vietnamese sort order, the one XLSX writer, chart axis labels. Nothing here imports a
Provind app, so domain and interface apps alike may use them."""
