"""The Textual review app. It imports `glossary`; `glossary` never imports it."""
