# Letters the walkthrough fills in: an objection to Meta and a complaint to a
# data protection authority. Each is one whole message; choices (which law,
# whether a date is known) are Fluent selectors, never sentences glued from pieces.
# The app says "je"; the letters themselves use the formal "u".
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

letter-placeholder-reason = [In één of twee zinnen, in je eigen woorden: waarom vind je het belangrijk dat je posts, foto's en berichten niet worden gebruikt om AI te trainen?]
letter-placeholder-email = [het e-mailadres of telefoonnummer van je account]
letter-placeholder-date = [de datum waarop je je bezwaar hebt verstuurd]

letter-objection =
    Aan: { $controller }
    Onderwerp: Bezwaar tegen het gebruik van mijn persoonsgegevens voor kunstmatige intelligentie

    Op grond van { $framework ->
        [uk-gdpr] artikel 21 lid 1 van de UK GDPR
        [ch-fadp] de Zwitserse federale wet gegevensbescherming (FADP), in het bijzonder artikel 30 lid 2 onder b,
        [lgpd] artikel 18, § 2, van de Braziliaanse Algemene wet bescherming persoonsgegevens (LGPD)
        [gdpr] artikel 21 lid 1 van de Algemene verordening gegevensbescherming (AVG)
       *[other] de toepasselijke wet ({ $law })
    } maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor de ontwikkeling en verbetering van kunstmatige intelligentie bij Meta, met inbegrip van het trainen van generatieve AI-modellen.

    Dit bezwaar betreft mijn account bij { $platform } ({ $email }) en alle daaraan gekoppelde accounts, alsmede alle gegevens die daarmee verband houden: mijn berichten, foto's en reacties en mijn interacties met AI-functies.

    Mijn specifieke situatie: { $reason }

    Ik verzoek u deze verwerking te staken, mij schriftelijk te bevestigen dat u dit hebt gedaan en, indien u weigert, mij de gronden voor uw weigering mee te delen. { $framework ->
        [gdpr] Op grond van artikel 12 lid 3 AVG dient u binnen één maand te antwoorden.
        [uk-gdpr] Op grond van artikel 12 lid 3 UK GDPR dient u binnen één maand te antwoorden.
       *[other] Ik verzoek u mij onverwijld te antwoorden.
    }

    { $today }

letter-complaint =
    Aan: { $authority }
    Onderwerp: { $framework ->
        [ch-fadp] Melding betreffende { $controller }: mijn bezwaar tegen AI-training
        [lgpd] Verzoekschrift tegen { $controller }: mijn verzet tegen AI-training
       *[other] Klacht tegen { $controller }: mijn bezwaar tegen AI-training
    }

    { $framework ->
        [uk-gdpr] Op grond van artikel 77 van de UK GDPR dien ik een klacht in tegen { $controller }.
        [ch-fadp] Op grond van artikel 49 van de Zwitserse federale wet gegevensbescherming (FADP) meld ik { $controller } bij u en verzoek ik u een onderzoek in te stellen.
        [lgpd] Op grond van artikel 18, § 1, van de LGPD dien ik bij u een verzoekschrift in tegen { $controller }.
        [gdpr] Op grond van artikel 77 van de Algemene verordening gegevensbescherming (AVG) dien ik een klacht in tegen { $controller }.
       *[other] Op grond van de toepasselijke wet ({ $law }) dien ik een klacht in tegen { $controller }.
    }

    Op { $objected } heb ik via het eigen formulier van Meta bezwaar gemaakt tegen het gebruik van de persoonsgegevens uit mijn account bij { $platforms } ({ $email }) voor het trainen van kunstmatige intelligentie. { $has-reference ->
        [yes] Meta heeft mijn bezwaar geregistreerd onder kenmerk { $reference }.
       *[no] { "" }
    }

    { $due-known ->
        [yes] Meta had uiterlijk op { $due } moeten antwoorden. Op de datum van deze brief heeft Meta niet geantwoord, of heeft het antwoord van Meta de verwerking niet beëindigd.
       *[no] Meta heeft niet geantwoord, of het antwoord van Meta heeft de verwerking niet beëindigd.
    }

    Ik verzoek u mijn klacht te onderzoeken, vast te stellen of Meta mijn recht van bezwaar heeft gerespecteerd, en Meta te gelasten het gebruik van mijn gegevens voor kunstmatige intelligentie te staken.

    Bijlage: mijn overzicht van de stappen die ik heb gezet, met de bijbehorende data.

    { $today }
