# Letters the walkthrough fills in: an objection to Meta and a complaint to a
# data protection authority. Each is one whole message; choices (which law,
# whether a date is known) are Fluent selectors, never glued fragments.
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
# $platform(s) may be a comma-separated list, hence "Konto bei …" rather
# than "…-Konto".

letter-placeholder-reason = [In ein oder zwei Sätzen und in Ihren eigenen Worten: Warum ist es Ihnen wichtig, dass Ihre Beiträge, Fotos und Nachrichten nicht zum Training von KI verwendet werden?]
letter-placeholder-email = [die E-Mail-Adresse oder Telefonnummer Ihres Kontos]
letter-placeholder-date = [Datum, an dem Sie Ihren Widerspruch gesendet haben]

letter-objection =
    An: { $controller }
    Betreff: Widerspruch gegen die Verwendung meiner personenbezogenen Daten für künstliche Intelligenz

    Gestützt auf { $framework ->
        [uk-gdpr] Art. 21 Abs. 1 UK GDPR
        [ch-fadp] das Bundesgesetz über den Datenschutz der Schweiz (DSG), insbesondere auf Art. 30 Abs. 2 Bst. b DSG,
        [lgpd] Art. 18 § 2 des brasilianischen Datenschutzgesetzes (Lei Geral de Proteção de Dados, LGPD)
        [gdpr] Art. 21 Abs. 1 der Datenschutz-Grundverordnung (DSGVO)
       *[other] { $law }
    } widerspreche ich hiermit der Verarbeitung meiner personenbezogenen Daten zur Entwicklung und Verbesserung künstlicher Intelligenz bei Meta, einschließlich des Trainings generativer KI-Modelle.

    Dieser Widerspruch betrifft mein Konto bei { $platform } ({ $email }) und alle damit verknüpften Konten sowie sämtliche Informationen, die mit ihnen in Verbindung stehen: meine Beiträge, Fotos und Kommentare sowie meine Interaktionen mit KI-Funktionen.

    Zu meiner besonderen Situation: { $reason }

    Bitte stellen Sie diese Verarbeitung ein, bestätigen Sie mir schriftlich, dass dies geschehen ist, und teilen Sie mir im Fall einer Ablehnung Ihre Gründe mit. { $framework ->
        [gdpr] Nach Art. 12 Abs. 3 DSGVO müssen Sie mir innerhalb eines Monats antworten.
        [uk-gdpr] Nach Art. 12 Abs. 3 UK GDPR müssen Sie mir innerhalb eines Monats antworten.
       *[other] Bitte antworten Sie mir unverzüglich.
    }

    { $today }

letter-complaint =
    An: { $authority }
    Betreff: { $framework ->
        [ch-fadp] Anzeige gegen { $controller }: mein Widerspruch gegen das KI-Training
        [lgpd] Eingabe gegen { $controller }: mein Widerspruch gegen das KI-Training
       *[other] Beschwerde gegen { $controller }: mein Widerspruch gegen das KI-Training
    }

    { $framework ->
        [uk-gdpr] Hiermit reiche ich nach Art. 77 UK GDPR Beschwerde gegen { $controller } ein.
        [ch-fadp] Hiermit zeige ich { $controller } nach Art. 49 des Bundesgesetzes über den Datenschutz (DSG) bei Ihnen an und ersuche Sie, eine Untersuchung zu eröffnen.
        [lgpd] Hiermit richte ich nach Art. 18 § 1 LGPD eine Eingabe gegen { $controller } an Sie.
        [gdpr] Hiermit reiche ich nach Art. 77 der Datenschutz-Grundverordnung (DSGVO) Beschwerde gegen { $controller } ein.
       *[other] Hiermit reiche ich Beschwerde gegen { $controller } nach dem für mich geltenden Gesetz ({ $law }) ein.
    }

    Am { $objected } habe ich über das von Meta selbst bereitgestellte Formular der Verwendung meiner personenbezogenen Daten aus meinem Konto bei { $platforms } ({ $email }) für das Training künstlicher Intelligenz widersprochen. { $has-reference ->
        [yes] Meta hat meinen Widerspruch unter der Referenznummer { $reference } erfasst.
       *[no] { "" }
    }

    { $due-known ->
        [yes] Meta hätte bis zum { $due } antworten müssen. Bis zum Datum dieses Schreibens hat Meta nicht geantwortet, oder die Antwort hat nicht zur Einstellung der Verarbeitung geführt.
       *[no] Meta hat nicht geantwortet, oder die Antwort hat nicht zur Einstellung der Verarbeitung geführt.
    }

    Ich bitte Sie, mein Anliegen zu prüfen, festzustellen, ob Meta mein Widerspruchsrecht gewahrt hat, und Meta anzuweisen, die Verwendung meiner Daten für künstliche Intelligenz einzustellen.

    Anlage: Protokoll der von mir unternommenen Schritte mit Datumsangaben

    { $today }
