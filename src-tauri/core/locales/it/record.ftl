# Registro esportato dei passaggi per la privacy (Markdown, HTML e CSV). Una persona
# lo consegna a un'autorità di controllo per la protezione dei dati, quindi deve essere
# redatto in un linguaggio semplice e formale. Mantenere invariata ogni { $variable }.
# Forma di cortesia: formale (Lei); questi testi sono per lo più etichette impersonali.

# Formati di data e ora (strftime: %d giorno, %m mese, %Y anno, %H:%M ora).
# Le date sono in formato numerico.
record-date-format = %d/%m/%Y
record-time-format = %H:%M
record-title = Registro dei passaggi per la privacy
record-generated = Generato il { $when } da { $app }.
record-times = Gli orari sono espressi in ora locale ({ $zone }).
record-integrity = Integrità: SHA-256 { $digest }.
record-verify-how = Per verificarlo, rimuovere il membro "digest" dall'esportazione JSON di questo registro, scrivere il resto secondo il JSON Canonicalization Scheme (RFC 8785) e calcolarne lo SHA-256; il risultato deve corrispondere al valore sopra indicato. Il comando meta-optout verify esegue questa operazione per un'esportazione JSON o un pacchetto.
record-account = Account interessato
record-account-none = non indicato
record-region = Luogo di residenza della persona
record-law = Normativa applicabile
record-authority = Autorità di controllo per la protezione dei dati
record-platforms = App
record-profile-created = Profilo creato
record-summary = Riepilogo: { $done } completati, { $skipped } omessi, { $waiting } in attesa, { $todo } da fare, { $overdue } scaduti.
record-follow-ups = Risposte attese
record-due = Scadenza
record-what = Oggetto
record-state = Situazione
record-open = aperto
record-overdue = scaduto
record-moved = rinviato dal { $date }: { $reason }
record-guide = { $title } (istruzioni verificate il { $date })
record-step = Passaggio
record-status = Stato
record-changed = Modificato
record-details = Dettagli
record-status-todo = da fare
record-status-done = completato
record-status-skipped = omesso
record-status-waiting = in attesa
record-not-started = Non iniziati: { $steps }
record-reason = motivo: { $text }
record-until = fino al { $date }
record-note = nota: { $text }
record-follow-up-due = risposta attesa entro il { $date }
record-followed-version = istruzioni seguite nella versione verificata il { $date }
record-reply = Risposta di Meta: { $outcome }
record-reply-received = ricevuta il { $date }
record-reply-text = testo: { $text }
record-outcome-accepted = accolta
record-outcome-refused = respinta
record-outcome-asked-for-more = richiesta di ulteriori informazioni
record-outcome-no-answer = nessuna risposta
record-attachment = file { $name } ({ $size }, { $type }), SHA-256 { $sha256 }, allegato il { $when }
record-attachment-missing = questo file non è presente nella cartella dei dati
record-attachment-altered = questo file non corrisponde più al suo SHA-256
record-sources = Fonti
record-undated = senza data
record-changed-since = Modificato da Meta dopo che è stato fatto
record-changed-since-item = { $step }: fatto il { $done }; Meta lo ha modificato il { $date }: { $what }
record-earlier = Passaggi di una versione precedente delle guide
record-history = Cronologia
record-when = Data
record-change = Modifica
record-change-profile = profilo { $name }: { $region }, { $platforms }
record-change-account = account { $account }
record-change-attach = allegato { $name } (SHA-256 { $sha256 })
# Intestazioni delle colonne CSV, in questo ordine.
record-col-profile = profilo
record-col-account = account
record-col-region = regione
record-col-law = normativa
record-col-guide = guida
record-col-guide-title = titolo della guida
record-col-instructions-checked = istruzioni verificate
record-col-step = passaggio
record-col-step-title = titolo del passaggio
record-col-status = stato
record-col-changed = modificato
record-col-reason = motivo
record-col-until = fino al
record-col-evidence = prova
record-col-note = nota
record-col-follow-up-due = scadenza risposta
record-col-reply = risposta di Meta
record-col-reply-received = risposta ricevuta
record-col-attachments = file (SHA-256)
