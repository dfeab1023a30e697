"""The periodic report (báo cáo định kỳ): built from the data, written in sentences, rendered as
DOCX, PDF and HTML, issued as frozen editions."""
