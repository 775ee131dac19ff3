"""The facts benchmark's parts: the gold documents' texts from SlavicNER, and the precision audit."""
