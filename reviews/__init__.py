"""Review tracking: statutory timescales, deadlines and (later) their RAG status."""
