"""Reading inputs (text dumps, HTML, JSONL, WARC, stdin) and writing outputs."""
