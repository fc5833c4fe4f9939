# The window's own words, in Italian.
# Same message ids as ../en/app.ftl. Flow texts are translated elsewhere; letters are in letters.ftl.

-app-name = Meta opt-out

## Top bar and landmarks

app-title = { -app-name }
app-tagline = Passo dopo passo: opponiti all’addestramento dell’IA, silenzia Meta AI, blocca il tracciamento, elimina ciò che non vuoi più.
skip-to-content = Vai al contenuto principale
nav-dashboard = Panoramica
nav-settings = Impostazioni
nav-about = Informazioni
top-navigation =
    .aria-label = Principale

## Notices and errors

notice-close = Chiudi
notice-label =
    .aria-label = Messaggio
error-details = Dettagli: { $detail }
error-unknown-region = Questo paese o stato non è nell’elenco dell’app. Sceglilo di nuovo dall’elenco.
error-unknown-platform = Una delle app scelte non è nota a questa versione. Seleziona di nuovo le app.
error-unknown-device = Questo dispositivo non è noto a questa versione. Scegli uno dei dispositivi proposti.
error-flow-not-found = Questa guida non si applica più alla tua situazione, oppure è stata rimossa. Torna alla panoramica.
error-link-refused = Per la tua sicurezza questo link non è stato aperto: non è nell’elenco dei siti ufficiali di Meta e delle autorità.
error-open-failed = Non è stato possibile avviare il browser. Copia l’indirizzo mostrato sotto il pulsante e incollalo nel browser.
error-progress = Non è stato possibile salvare i tuoi progressi. Quello che hai scritto è ancora qui: riprova tra un momento, oppure controlla che il disco non sia pieno.
error-progress-damaged = Il file dei tuoi progressi è danneggiato e non è stato modificato. Puoi mettere da parte il file danneggiato e ricominciare da capo: non viene eliminato nulla di ciò che contiene.
error-no-data-dir = Non esiste una cartella in cui salvare i tuoi progressi. Controlla che la tua cartella home esista e sia scrivibile.
error-export = Non è stato possibile scrivere il registro. Lì non è stato salvato nulla: scegli un’altra posizione e riprova.
error-no-app = Questa pagina funziona solo all’interno dell’app { -app-name }.
error-other = Qualcosa è andato storto. Riprova; se il problema si ripete, riavvia l’app.
recover-progress = Metti da parte il file danneggiato e ricomincia da capo
recovered-progress = Il file danneggiato è stato conservato come { $path }. I tuoi progressi ripartono da zero.
own-flows-skipped = Alcuni dei tuoi file di guida personali sono stati ignorati: { $problems }

## First run and profile editing

welcome-title = Ti diamo il benvenuto
welcome-intro = Raccontaci qualcosa della tua situazione: da questo dipendono i diritti che hai e i passaggi che ti riguardano. Potrai modificare tutto in seguito.
welcome-privacy = Tutto ciò che inserisci resta su questo computer. L’app non si connette mai a internet di sua iniziativa.
profile-edit-title = Modifica «{ $name }»
profile-new-title = Aggiungi un altro profilo
profile-explain = Un profilo corrisponde a un account (o all’insieme degli account di una persona) che segui separatamente, ad esempio il tuo e quello di un familiare.
field-language = Lingua di questa app
field-country = Dove vivi
field-country-choose = Scegli il tuo paese…
field-platforms = App che usi
field-platforms-hint = Seleziona tutte le app di Meta in cui hai un account.
field-device = Dove seguirai i passaggi
field-profile-name = Nome di questo profilo
field-profile-name-hint = Lo vedi solo tu, ad esempio «I miei account» o «L’Instagram di Anna».
field-profile-name-count = { $count } caratteri su { $max }
field-profile-name-default = I miei account
device-desktop = Computer (browser web)
device-ios = iPhone o iPad
device-android = Telefono o tablet Android
welcome-start = Inizia
profile-save = Salva le modifiche
profile-add = Aggiungi profilo
profile-cancel = Annulla
profile-needs-country = Scegli il paese in cui vivi.
profile-needs-platform = Seleziona almeno un’app che usi.
profile-needs-name = Dai un nome a questo profilo.
profile-name-too-long = Il nome di un profilo può avere al massimo { $max } caratteri; questo ne ha { $count }. Accorcialo: non viene tagliato nulla al posto tuo.
profile-form-errors = Correggi quanto segue:

## Dashboard

dashboard-title = La tua panoramica
profile-switch = Profilo
profile-edit = Modifica profilo
profile-add-another = Aggiungi un profilo
follow-ups-title = Richiede la tua attenzione
follow-up-reply-due-overdue = La risposta di Meta a «{ $step }» era attesa entro il { $due }. Se Meta non ha risposto in modo adeguato, puoi passare alla fase successiva.
follow-up-reply-due-soon = { $days ->
        [0] La risposta di Meta a «{ $step }» è attesa entro oggi ({ $due }).
        [one] La risposta di Meta a «{ $step }» è attesa entro domani ({ $due }).
       *[other] La risposta di Meta a «{ $step }» è attesa entro { $days } giorni, il { $due }.
    }
follow-up-grace-ends = { $days ->
        [0] Il periodo di attesa prima dell’eliminazione termina oggi ({ $due }). Non accedere finché non è trascorso.
        [one] Il periodo di attesa prima dell’eliminazione termina domani ({ $due }). Non accedere prima di allora: accedere annulla l’eliminazione.
       *[other] Il periodo di attesa prima dell’eliminazione termina tra { $days } giorni, il { $due }. Non accedere prima di allora: accedere annulla l’eliminazione.
    }
follow-up-grace-ended = Il periodo di attesa prima dell’eliminazione è terminato il { $due }. Meta può impiegare fino a 90 giorni in più per rimuovere i dati.
follow-up-reminder-overdue = Promemoria per «{ $step }»: la scadenza era il { $due }.
follow-up-reminder-soon = { $days ->
        [0] Promemoria per «{ $step }»: oggi ({ $due }).
        [one] Promemoria per «{ $step }»: domani ({ $due }).
       *[other] Promemoria per «{ $step }»: tra { $days } giorni, il { $due }.
    }
follow-up-escalate = Passa alla fase successiva
follow-up-open = Apri il passaggio
follow-up-move = Sposta la data
follow-up-move-to = Nuova data
follow-up-move-reason = Perché cambia (ad es. Meta ha scritto che le servono altri due mesi)
follow-up-move-save = Salva la nuova data
follow-up-moved = fissata prima per il { $first }; spostata: { $reason }
follow-up-moved-said = La data è stata spostata al { $due }.
follow-ups-later = { $count ->
        [one] Più avanti c’è un’altra scadenza.
       *[other] Più avanti ci sono altre { $count } scadenze.
    }
follow-ups-upcoming = In arrivo
rights-title = I tuoi diritti: { $region }
rights-objection = Hai il diritto, per legge, di opporti all’uso dei tuoi dati da parte di Meta per l’addestramento dell’IA, e Meta è tenuta a rispondere.
rights-none = Qui la legge non prevede un diritto di opposizione all’addestramento dell’IA. Puoi comunque silenziare Meta AI, limitare il tracciamento, mantenere privati i tuoi post ed eliminare ciò che non vuoi più.
field-subdivision-us = Stato degli USA
field-subdivision-us-none = Un altro stato, oppure non lo so
field-subdivision-de = Land (stato federato)
field-subdivision-de-none = Non lo so, o preferisco non dirlo
field-subdivision-other = Provincia o regione
field-subdivision-other-none = Non lo so, o un’altra
rights-law = La legge applicabile: { $law }
# The laws whose names the window words in each language; others keep the catalog's name.
law-name-gdpr = Regolamento generale sulla protezione dei dati dell’UE (GDPR)
law-name-uk-gdpr = UK GDPR e Data Protection Act 2018 (Regno Unito)
rights-can = In base a essa puoi chiedere a Meta di:
right-object = smettere di usare le tue informazioni per i propri interessi, tra cui l’addestramento dell’IA (diritto di opposizione)
right-delete = cancellare i tuoi dati personali
right-access = dirti quali dati conserva su di te e dartene una copia
right-correct = correggere ciò che è sbagliato
right-opt-out-targeted-ads = smettere di usare i tuoi dati per la pubblicità mirata
right-opt-out-sale = smettere di vendere o condividere i tuoi dati
right-opt-out-profiling = smettere di profilarti
right-appeal = riesaminare un rifiuto (un ricorso a Meta)
rights-from = Questa legge ti dà diritti nei confronti di Meta dal { $date }. Fino ad allora non ne dà nessuno; da quel giorno potrai chiedere a Meta di:
rights-reply = Meta deve rispondere entro { $deadline }.
rights-reply-extension = Meta deve rispondere entro { $deadline }; può prendersi fino a { $extension } in più se ti spiega per tempo il motivo.
rights-opt-out-within = L’opposizione alla vendita o alla condivisione deve avere effetto entro { $deadline }.
rights-authority = Se Meta rifiuta o non risponde, puoi presentare reclamo a: { $authority }.
rights-appeal-first = Se Meta rifiuta, presenta prima ricorso a Meta; se il ricorso non va a buon fine, presenta reclamo a: { $authority }.
rights-complain-first = Se Meta rifiuta o non risponde, presenta prima reclamo a Meta e lasciale il tempo di rispondere; poi potrai presentare reclamo a: { $authority }.
rights-default-authority = Non hai indicato dove vivi in { $country }, quindi qui è indicata { $authority }, che vigila sulla sede di Meta in { $country }. Scegli la tua regione nel profilo per rivolgerti alla tua autorità.
rights-unclear = Le fonti non chiariscono se questa legge si applichi a Meta: puoi comunque fare queste richieste, ma Meta potrebbe sostenere che non la riguarda.
rights-unverified = Non abbiamo potuto confermarlo con una fonte datata: consideralo un’indicazione da verificare, non una certezza.
deadline-months = { $count ->
        [one] un mese
       *[other] { $count } mesi
    }
deadline-days = { $count ->
        [one] un giorno
       *[other] { $count } giorni
    }
deadline-business-days = { $count ->
        [one] un giorno lavorativo
       *[other] { $count } giorni lavorativi
    }
flows-title = Cosa puoi fare
flows-empty = Nulla si applica a questa scelta. Modifica il tuo profilo e seleziona le app che usi.
flow-card-progress = { $done } passaggi completati su { $total }
# The person's apps a guide is about, e.g. "Facebook, Instagram".
flow-card-apps = Per: { $apps }
flow-card-next = Prossimo: { $step }
flow-card-finished = Tutti i passaggi sono registrati
flow-card-start = Inizia
flow-card-continue = Continua
flow-card-review = Rivedi
flow-card-checked = Verificata il { $date }
flow-stale-tag = Potrebbe non essere aggiornata
earlier-steps = { $count ->
        [one] Un passaggio registrato proviene da una versione precedente delle guide o non si applica più; resta comunque nel tuo registro.
       *[other] { $count } passaggi registrati provengono da una versione precedente delle guide o non si applicano più; restano comunque nel tuo registro.
    }
platform-progress-title = Passaggi completati per app:
platform-progress = { $platform }: { $done } su { $total }
record-title = Il tuo registro
record-explain = Un registro dei passaggi che hai completato, con date e prove, che puoi conservare o consegnare a un’autorità di controllo per la protezione dei dati.
record-format = Formato
record-format-html = Pagina stampabile (HTML, stampa in PDF)
record-format-md = Markdown
record-format-csv = Foglio di calcolo (CSV)
record-format-json = JSON (può essere importato di nuovo)
record-format-ics = Date da ricordare, per il tuo calendario (.ics)
record-export = Esporta…
record-import = Importa un registro…
record-exported = Il tuo registro di «{ $name }» è stato salvato in { $path }.
record-imported = { $changes ->
        [one] Importato { $file }: è stata aggiunta una modifica.
       *[other] Importato { $file }: sono state aggiunte { $changes } modifiche.
    }
record-imported-profiles = Nuovi profili: { $names }.
record-imported-conflicts = Dove i due registri differivano è stato mantenuto lo stato più recente, ed entrambe le cronologie sono nel tuo registro: { $conflicts }.

## Settings

settings-title = Impostazioni
settings-language = Lingua di questa app
settings-language-system = Uguale al sistema ({ $name })
settings-meta-language = Lingua delle tue app di Meta
settings-meta-language-hint = I nomi dei menu sono mostrati come appaiono nella tua app di Facebook o Instagram. Se le tue app di Meta usano una lingua diversa da questa app, sceglila qui.
settings-meta-language-same = Uguale a questa app
settings-saved = Salvato.
settings-done = Torna alla panoramica

## About

about-title = Informazioni su { -app-name }
about-version = Versione { $version }
about-network = Questa app non si connette mai a internet di sua iniziativa: nessuna telemetria, nessun controllo degli aggiornamenti. I link si aprono nel tuo browser, e solo i link ai siti ufficiali di Meta e delle autorità di controllo per la protezione dei dati.
about-storage = I tuoi progressi sono conservati in un unico file su questo computer, leggibile solo da te. Le guide sono informazioni pratiche, non consulenza legale.
about-license = Software libero distribuito secondo i termini della GNU General Public License, versione 3 o successiva.

## Walkthrough

walk-back = Torna alla panoramica
walk-steps = Passaggi
walk-step-of = Passaggio { $n } di { $total }
walk-checked = Verificata sulle fonti il { $date }
walk-stale = Questa guida è stata verificata l’ultima volta il { $date }, più di 180 giorni fa. Nel frattempo Meta potrebbe aver spostato i suoi menu: se qualcosa ti sembra diverso, fidati di ciò che vedi e procedi con attenzione.
walk-caveats = Buono a sapersi
walk-sources = Fonti ({ $count })
walk-based-on = Basato su: { $sources }
confidence-high = Affidabilità alta
confidence-medium = Affidabilità media
confidence-low = Affidabilità bassa
confidence-unverified = Non verificato
# A cited page that gives no date of its own.
source-undated = senza data
status-todo = Da fare
status-done = Fatto
status-done-on = Fatto il { $date }
status-skipped = Saltato
status-skipped-on = Saltato il { $date }: { $reason }
status-waiting = In attesa fino al { $date }
walk-device = Mostra i passaggi per
walk-menu-path = Dove trovarlo
menu-label-english = In inglese: { $label }
menu-label-unconfirmed = non confermato
menu-label-unconfirmed-hint = Questa traduzione del nome del menu di Meta non è confermata dalle pagine di assistenza di Meta; la tua app potrebbe usare parole diverse.
walk-instructions = Cosa fare
walk-open = Apri nel browser
walk-open-authority = Apri il sito: { $name }
walk-open-hint = Apre { $host } nel tuo browser.
walk-open-on-phone = Apri sul telefono
# $label is the button's own words, e.g. "Open the Facebook objection form".
walk-open-on-computer = { $label } su questo computer
walk-qr-alt = Codice QR del link { $url }
walk-qr-explain = Inquadralo con la fotocamera del telefono: la pagina si apre lì, nell’app di Meta se ce l’hai. Non viene inviato nulla; segna qui il passaggio come fatto quando hai finito.
walk-opened = Aperto nel tuo browser. Torna qui quando hai finito.
walk-authority = La tua autorità: { $name }
walk-follow-up = Dopo questo passaggio: { $title } ({ $after } dopo).
period-months = { $count ->
        [one] un mese
       *[other] { $count } mesi
    }
period-days = { $count ->
        [one] un giorno
       *[other] { $count } giorni
    }
period-both = { $months } e { $days }
walk-record = Il tuo registro di questo passaggio
walk-evidence = Prove
walk-note = Nota (facoltativa)
walk-done = Fatto
walk-done-next = Fatto, passaggio successivo
walk-skip = Salta…
walk-skip-reason = Perché lo salti?
walk-skip-confirm = Salta questo passaggio
walk-skip-needs-reason = Indica perché salti questo passaggio, ad esempio «Non ho un account Instagram».
walk-skip-cancel = Annulla
walk-undo = Annulla l’operazione
walk-save = Salva nota e prove
walk-saved = Salvato.
walk-previous = Passaggio precedente
walk-next = Passaggio successivo
walk-finish = Torna alla panoramica
walk-no-profile = Aggiungi un profilo per registrare i tuoi progressi in questi passaggi.
walk-marked-done = Registrato come fatto.
walk-follow-up-created = Aggiunto alla tua panoramica per il { $due }: «{ $title }».
walk-all-done = { $count ->
        [one] Il passaggio di questa guida è registrato.
       *[other] Tutti i { $count } passaggi di questa guida sono registrati.
    }
walk-next-guide = Il prossimo nella tua panoramica: «{ $title }».

## Letters

letter-title = Una lettera che puoi usare
letter-objection-explain = Incolla questo testo nel modulo di opposizione di Meta. Aggiungi una frase con parole tue sulla tua situazione: un’opposizione è più efficace se è motivata da una ragione tua.
letter-complaint-explain = Incolla questo testo nel modulo di reclamo della tua autorità o invialo per posta, allegando il registro che hai esportato.
letter-in-language = In { $language }
letter-english-copy = In inglese (la sede europea di Meta è in Irlanda)
letter-english-fallback = Non esiste ancora un testo in { $language }, quindi questa lettera è in inglese. Verifica se la tua autorità accetta l’inglese.
letter-copy = Copia
letter-copied = Copiato.
letter-copy-failed = Impossibile copiare. Seleziona il testo e premi Ctrl+C.
letter-edit-hint = Puoi modificare il testo prima di copiarlo. Le modifiche non vengono salvate.

# Evidence files, Meta's answer and the account concerned
field-profile-account = Account usato su Meta (facoltativo)
field-profile-account-hint = Il nome utente o l’indirizzo email che usi su Meta. Compare nel tuo registro, così un’autorità sa di chi sono i dati. Resta su questo computer.
record-format-bundle = Pacchetto per un’autorità (.zip: registro, i tuoi file, codici di controllo)
follow-up-answer = Rispondi a Meta
outcome-accepted = Richiesta accolta
outcome-refused = Respinta
outcome-asked-for-more = Ha chiesto altre informazioni
outcome-no-answer = Nessuna risposta
walk-attachments = File conservati come prova
walk-attach = Allega un file
walk-attach-hint = Uno screenshot della conferma di Meta, l’email di conferma (.eml), un PDF o un file di testo, al massimo 25 MB. Una copia viene conservata con i tuoi progressi, leggibile solo da te; l’originale resta dov’è.
walk-attached = { $name } è allegato; una copia viene conservata con i tuoi progressi.
walk-attachment = { $name } ({ $size }), SHA-256 { $sha }…
walk-attachment-missing = Questo file manca dalla tua cartella dei dati.
walk-attachment-altered = Questo file è stato modificato dopo essere stato allegato: non corrisponde più al suo SHA-256.
walk-reply = Risposta di Meta
walk-reply-outcome = Che cosa ha risposto Meta?
walk-reply-received = Ricevuta il
walk-reply-text = Testo della risposta (incollalo qui)
walk-reply-save = Salva la risposta
walk-reply-saved = La risposta di Meta è registrata.
walk-reply-next-escalate = La panoramica ora propone il reclamo alla tua autorità per la protezione dei dati.
walk-reply-next-answer = La panoramica propone di nuovo questo passaggio, per rispondere a Meta.
walk-reply-current = Registrato: { $outcome }, ricevuta il { $date }.
walk-reply-current-undated = Registrato: { $outcome }.
follow-up-answered-refused = Meta ha respinto «{ $step }». Ora puoi presentare reclamo alla tua autorità per la protezione dei dati.
follow-up-answered-no-answer = Meta non ha risposto a «{ $step }». Ora puoi presentare reclamo alla tua autorità per la protezione dei dati.
follow-up-answered-asked-for-more = Meta ha chiesto altre informazioni su «{ $step }». Rispondi dal passaggio.
follow-up-answered-accepted = Meta ha accolto «{ $step }».
letter-keep = Conserva come inviata
letter-keep-hint = Quando invii una lettera, conservala qui come l’hai inviata: viene allegata a questo passaggio, e il tuo registro e il pacchetto per un’autorità la contengono.
letter-kept = La lettera è conservata come { $name }, allegata a questo passaggio.

# Guide packs, what Meta changed, and a step that does not match
settings-guides = Guide
guides-builtin = In uso: le guide incluse nell’app, verificate fino al { $date }.
guides-pack = In uso: pacchetto di guide { $version } del { $date }, firmato da { $signer }.
guides-signer-project = il progetto meta-optout (chiave { $id })
guides-signer-added = «{ $name }» (chiave { $id }), una chiave che hai aggiunto
guides-superseded = Il pacchetto di guide { $version } che hai installato è più vecchio delle guide incluse in questa versione dell’app, quindi si usano quelle incluse.
guides-update = Aggiorna le guide da un file…
guides-update-hint = Un pacchetto di guide è un file con guide corrette. L’app ne controlla la firma e lo installa solo se è più recente e supera ogni controllo; non va mai online. Una firma prova chi ha fatto il pacchetto e che nessuno lo ha modificato da allora, non che le sue istruzioni siano giuste.
guides-rollback = Torna alle guide precedenti
guides-updated = Le guide sono aggiornate al pacchetto { $version } del { $date }.
guides-updated-changes = Elenca { $count ->
    [one] una modifica
   *[other] { $count } modifiche
} nelle app di Meta; la panoramica mostra i passaggi da rifare o controllare.
guides-rolled-back = Le guide precedenti sono di nuovo in uso.
changed-title = Meta ha modificato questi passaggi dopo che li hai fatti
changed-redo = { $step }: fatto il { $done }; Meta lo ha modificato il { $date }: { $what } Rifallo.
changed-check = { $step }: fatto il { $done }; Meta lo ha modificato il { $date }: { $what } Controlla che valga ancora.
changed-open = Apri il passaggio
mismatch-open = Questo passaggio non corrisponde a ciò che vedo
mismatch-expected = Cosa dice il passaggio
mismatch-saw = Cosa vedi invece
mismatch-more = Altro (facoltativo)
mismatch-report = Segnalazione da copiare e inviare ai responsabili
mismatch-hint = L’app non invia nulla: copia questo testo e invialo tu, per esempio via email o nel sistema di segnalazioni del progetto. Non contiene dati personali, a meno che tu non li scriva.
mismatch-copy = Copia la segnalazione
walk-done-again = Fatto di nuovo
