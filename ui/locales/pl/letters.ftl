# Letters the walkthrough fills in: an objection to Meta and a complaint to a
# data protection authority. Each is one whole message; choices (which law,
# whether a date is known) are Fluent selectors, never glued fragments.
# Letters use the formal "Państwo"; the placeholders speak to the user ("ty").
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

letter-placeholder-reason = [W jednym lub dwóch zdaniach, własnymi słowami: dlaczego zależy ci na tym, aby twoje posty, zdjęcia i wiadomości nie były wykorzystywane do trenowania AI?]
letter-placeholder-email = [adres e-mail lub numer telefonu przypisany do twojego konta]
letter-placeholder-date = [data wysłania twojego sprzeciwu]

letter-objection =
    Do: { $controller }
    Dotyczy: sprzeciw wobec wykorzystywania moich danych osobowych na potrzeby sztucznej inteligencji

    Na podstawie { $framework ->
        [uk-gdpr] art. 21 ust. 1 brytyjskiego RODO (UK GDPR)
        [ch-fadp] szwajcarskiej federalnej ustawy o ochronie danych (FADP), w szczególności jej art. 30 ust. 2 lit. b,
        [lgpd] art. 18 § 2 brazylijskiej ogólnej ustawy o ochronie danych osobowych (LGPD)
        [gdpr] art. 21 ust. 1 ogólnego rozporządzenia o ochronie danych (RODO)
       *[other] obowiązującego mnie prawa ({ $law })
    } wnoszę sprzeciw wobec przetwarzania moich danych osobowych w celu rozwijania i ulepszania sztucznej inteligencji w Meta, w tym trenowania generatywnych modeli sztucznej inteligencji.

    Sprzeciw dotyczy mojego konta w serwisie { $platform } ({ $email }) oraz wszystkich kont z nim powiązanych, a także wszelkich związanych z nimi informacji: moich postów, zdjęć i komentarzy oraz moich interakcji z funkcjami sztucznej inteligencji.

    Moja szczególna sytuacja: { $reason }

    Wnoszę o zaprzestanie tego przetwarzania i pisemne potwierdzenie tego faktu, a w przypadku odmowy – o wskazanie jej podstaw. { $framework ->
        [gdpr] Zgodnie z art. 12 ust. 3 RODO są Państwo zobowiązani udzielić odpowiedzi w terminie miesiąca.
        [uk-gdpr] Zgodnie z art. 12 ust. 3 brytyjskiego RODO (UK GDPR) są Państwo zobowiązani udzielić odpowiedzi w terminie miesiąca.
       *[other] Proszę o odpowiedź bez zbędnej zwłoki.
    }

    { $today }

letter-complaint =
    Do: { $authority }
    Dotyczy: { $framework ->
        [ch-fadp] zgłoszenie dotyczące { $controller } – mój sprzeciw wobec trenowania sztucznej inteligencji
        [lgpd] petycja przeciwko { $controller } – mój sprzeciw wobec trenowania sztucznej inteligencji
       *[other] skarga na { $controller } – mój sprzeciw wobec trenowania sztucznej inteligencji
    }

    { $framework ->
        [uk-gdpr] Na podstawie art. 77 brytyjskiego RODO (UK GDPR) wnoszę skargę na { $controller }.
        [ch-fadp] Na podstawie art. 49 szwajcarskiej federalnej ustawy o ochronie danych (FADP) składam do Państwa zgłoszenie dotyczące { $controller } i wnoszę o wszczęcie dochodzenia.
        [lgpd] Na podstawie art. 18 § 1 LGPD składam do Państwa petycję przeciwko { $controller }.
        [gdpr] Na podstawie art. 77 ogólnego rozporządzenia o ochronie danych (RODO) wnoszę skargę na { $controller }.
       *[other] Na podstawie obowiązującego mnie prawa ({ $law }) wnoszę skargę na { $controller }.
    }

    W dniu { $objected } za pośrednictwem formularza udostępnionego przez Meta wniesiony został przeze mnie sprzeciw wobec wykorzystywania do trenowania sztucznej inteligencji moich danych osobowych z konta ({ $email }) w następujących serwisach Meta: { $platforms }. { $has-reference ->
        [yes] Meta nadała mojemu sprzeciwowi numer referencyjny { $reference }.
       *[no] { "" }
    }

    { $due-known ->
        [yes] Meta była zobowiązana udzielić odpowiedzi do dnia { $due }. Do dnia sporządzenia niniejszego pisma nie udzieliła odpowiedzi albo jej odpowiedź nie doprowadziła do zaprzestania przetwarzania.
       *[no] Meta nie udzieliła odpowiedzi albo jej odpowiedź nie doprowadziła do zaprzestania przetwarzania.
    }

    Wnoszę o rozpatrzenie mojej sprawy, ustalenie, czy Meta przestrzegała mojego prawa do sprzeciwu, oraz nakazanie jej zaprzestania wykorzystywania moich danych do celów sztucznej inteligencji.

    Załącznik: zestawienie podjętych przeze mnie działań wraz z datami.

    { $today }
