# Letters the walkthrough fills in: an objection to Meta and a complaint to a
# data protection authority. Each is one whole message; choices (which law,
# whether a date is known) are Fluent selectors, never glued fragments.
# The app uses "tu"; the letters use a formal, impersonal register.
#
# Variables:
#   $framework   gdpr, uk-gdpr, ch-fadp, lgpd, or other for any other law
#   $law         the name of the law that applies, as the region catalog gives it
#   $controller  who receives the objection
#   $platform    Facebook, Instagram or WhatsApp; $platforms for several
#   $email       the email address of the account, or a placeholder
#   $reason      the person's own reason, or a placeholder
#   $authority   the authority's name
#   $objected    the date of the objection, or a placeholder
#   $due         the date Meta's answer was due; $due-known is "yes" or "no"
#   $reference   Meta's reference; $has-reference is "yes" or "no"
#   $today       today's date

letter-placeholder-reason = [In una o due frasi, con parole tue: perché per te è importante che i tuoi post, le tue foto e i tuoi messaggi non vengano usati per addestrare l’IA?]
letter-placeholder-email = [l’indirizzo email o il numero di telefono del tuo account]
letter-placeholder-date = [la data in cui hai inviato la tua opposizione]

letter-objection =
    Destinatario: { $controller }
    Oggetto: Opposizione all’utilizzo dei miei dati personali per l’intelligenza artificiale

    Ai sensi { $framework ->
        [uk-gdpr] dell’articolo 21, paragrafo 1, del GDPR del Regno Unito (UK GDPR)
        [ch-fadp] della legge federale svizzera sulla protezione dei dati (LPD), in particolare dell’articolo 30 capoverso 2 lettera b
        [lgpd] dell’articolo 18, paragrafo 2, della legge generale brasiliana sulla protezione dei dati (LGPD)
        [gdpr] dell’articolo 21, paragrafo 1, del Regolamento generale sulla protezione dei dati (GDPR)
       *[other] della legge applicabile ({ $law })
    }, mi oppongo al trattamento dei miei dati personali ai fini dello sviluppo e del miglioramento dell’intelligenza artificiale presso Meta, compreso l’addestramento di modelli di intelligenza artificiale generativa.

    La presente opposizione riguarda il mio account { $platform } ({ $email }) e ogni account a esso collegato, nonché tutte le informazioni a essi connesse: i miei post, le mie foto, i miei commenti e le mie interazioni con le funzionalità di intelligenza artificiale.

    Motivi connessi alla mia situazione particolare: { $reason }

    Chiedo pertanto che tale trattamento venga interrotto, che me ne sia data conferma per iscritto e, in caso di rifiuto, che me ne siano comunicati i motivi. { $framework ->
        [gdpr] Ai sensi dell’articolo 12, paragrafo 3, del GDPR, la risposta deve essere fornita entro un mese.
        [uk-gdpr] Ai sensi dell’articolo 12, paragrafo 3, del GDPR del Regno Unito, la risposta deve essere fornita entro un mese.
       *[other] Si chiede di rispondere senza ingiustificato ritardo.
    }

    { $today }

letter-complaint =
    Destinatario: { $authority }
    Oggetto: { $framework ->
        [ch-fadp] Denuncia nei confronti di { $controller }: la mia opposizione all’addestramento dell’intelligenza artificiale
        [lgpd] Istanza nei confronti di { $controller }: la mia opposizione all’addestramento dell’intelligenza artificiale
       *[other] Reclamo nei confronti di { $controller }: la mia opposizione all’addestramento dell’intelligenza artificiale
    }

    { $framework ->
        [uk-gdpr] Con la presente propongo reclamo nei confronti di { $controller } ai sensi dell’articolo 77 del GDPR del Regno Unito (UK GDPR).
        [ch-fadp] Con la presente denuncio { $controller } ai sensi dell’articolo 49 della legge federale sulla protezione dei dati (LPD) e chiedo l’apertura di un’inchiesta.
        [lgpd] Con la presente, ai sensi dell’articolo 18, paragrafo 1, della LGPD, presento un’istanza nei confronti di { $controller }.
        [gdpr] Con la presente propongo reclamo nei confronti di { $controller } ai sensi dell’articolo 77 del Regolamento generale sulla protezione dei dati (GDPR).
       *[other] Con la presente propongo reclamo nei confronti di { $controller } ai sensi della legge applicabile ({ $law }).
    }

    In data { $objected } ho presentato opposizione, tramite l’apposito modulo di Meta, all’utilizzo dei dati personali del mio account { $platforms } ({ $email }) per l’addestramento dell’intelligenza artificiale. { $has-reference ->
        [yes] Il numero di riferimento attribuito da Meta alla mia opposizione è { $reference }.
       *[no] { "" }
    }

    { $due-known ->
        [yes] Meta era tenuta a rispondere entro il { $due }. Alla data della presente non ha risposto, oppure la sua risposta non ha posto fine al trattamento.
       *[no] Meta non ha risposto, oppure la sua risposta non ha posto fine al trattamento.
    }

    Chiedo pertanto a codesta Autorità di esaminare quanto esposto, di accertare se Meta abbia rispettato il mio diritto di opposizione e di ordinarle di cessare l’utilizzo dei miei dati per l’intelligenza artificiale.

    Allegato: il registro dei passaggi da me compiuti, con le relative date.

    { $today }
