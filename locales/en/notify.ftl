broadcast-bad-text = A broadcast needs a text of 1 to { $limit } characters.
broadcast-not-found = There is no broadcast { $id }.
push-photo-missing = 📷 (A photo could not be attached: it is no longer available.)
