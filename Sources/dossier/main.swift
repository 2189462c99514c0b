// Placeholder entry until the commands land in this same session.
print("dossier")
