"""The gate in chat: visitor passes, goods releases, the guard's /pass and /visitors."""
