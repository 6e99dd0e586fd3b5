"""One reader per format; each turns bytes into a Document and knows nothing else."""
