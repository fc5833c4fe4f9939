# Le relevé exporté des démarches de confidentialité (Markdown, HTML et CSV). Une personne
# le remet à une autorité de protection des données ; il doit donc être rédigé dans une
# langue simple et formelle. Conserver chaque { $variable } telle quelle.
# Forme d'adresse : formelle (vous) ; ces textes sont pour la plupart des libellés impersonnels.

# Formats de date et d'heure (strftime : %d jour, %m mois, %Y année, %H:%M heure).
# Les dates sont écrites sous forme numérique.
record-date-format = %d/%m/%Y
record-time-format = %H:%M
record-title = Relevé des démarches de confidentialité
record-generated = Généré le { $when } par { $app }.
record-times = Les heures sont indiquées en heure locale ({ $zone }).
record-integrity = Intégrité : SHA-256 { $digest }.
record-verify-how = Pour le vérifier, supprimez le membre "digest" de l'export JSON de ce relevé, écrivez le reste selon le JSON Canonicalization Scheme (RFC 8785) et calculez son empreinte SHA-256 ; elle doit être égale à la valeur ci-dessus. La commande meta-optout verify effectue cette vérification pour un export JSON ou un lot.
record-account = Compte concerné
record-account-none = non indiqué
record-region = Lieu de résidence de la personne
record-law = Droit applicable
record-authority = Autorité de protection des données
record-platforms = Applications
record-profile-created = Profil créé
record-summary = Récapitulatif : { $done } effectuée(s), { $skipped } ignorée(s), { $waiting } en attente, { $todo } à faire, { $overdue } en retard.
record-follow-ups = Réponses attendues
record-due = Échéance
record-what = Objet
record-state = État
record-open = en cours
record-overdue = en retard
record-moved = reporté du { $date } : { $reason }
record-guide = { $title } (instructions vérifiées le { $date })
record-step = Étape
record-status = Statut
record-changed = Modifié
record-details = Détails
record-status-todo = à faire
record-status-done = effectuée
record-status-skipped = ignorée
record-status-waiting = en attente
record-not-started = Non commencées : { $steps }
record-reason = motif : { $text }
record-until = jusqu'au { $date }
record-note = remarque : { $text }
record-follow-up-due = réponse attendue au plus tard le { $date }
record-followed-version = instructions suivies dans leur version vérifiée le { $date }
record-reply = Réponse de Meta : { $outcome }
record-reply-received = reçue le { $date }
record-reply-text = texte : { $text }
record-outcome-accepted = acceptée
record-outcome-refused = refusée
record-outcome-asked-for-more = demande d'informations complémentaires
record-outcome-no-answer = aucune réponse
record-attachment = fichier { $name } ({ $size }, { $type }), SHA-256 { $sha256 }, joint le { $when }
record-attachment-missing = ce fichier est absent du dossier de données
record-attachment-altered = ce fichier ne correspond plus à son empreinte SHA-256
record-sources = Sources
record-undated = non daté
record-changed-since = Modifié par Meta depuis que l’étape a été faite
record-changed-since-item = { $step } : faite le { $done } ; Meta l’a modifiée le { $date } : { $what }
record-earlier = Étapes issues d'une version antérieure des guides
record-history = Historique
record-when = Date
record-change = Modification
record-change-profile = profil { $name } : { $region }, { $platforms }
record-change-account = compte { $account }
record-change-attach = { $name } joint (SHA-256 { $sha256 })
# En-têtes de colonnes CSV, dans cet ordre.
record-col-profile = profil
record-col-account = compte
record-col-region = région
record-col-law = droit
record-col-guide = guide
record-col-guide-title = titre du guide
record-col-instructions-checked = instructions vérifiées
record-col-step = étape
record-col-step-title = titre de l'étape
record-col-status = statut
record-col-changed = modifié
record-col-reason = motif
record-col-until = jusqu'au
record-col-evidence = justificatif
record-col-note = remarque
record-col-follow-up-due = réponse attendue
record-col-reply = réponse de Meta
record-col-reply-received = réponse reçue
record-col-attachments = fichiers (SHA-256)
