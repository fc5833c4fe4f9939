# Letters the walkthrough fills in: an objection to Meta and a complaint to a
# data protection authority. Each is one whole message; choices (which law,
# whether a date is known) are Fluent selectors, never glued fragments.
# Formal register ("vous") throughout.
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

letter-placeholder-reason = [En une ou deux phrases, avec vos propres mots : pourquoi est-il important pour vous que vos publications, vos photos et vos messages ne servent pas à entraîner l'IA ?]
letter-placeholder-email = [l'adresse e-mail ou le numéro de téléphone de votre compte]
letter-placeholder-date = [la date à laquelle vous avez envoyé votre opposition]

letter-objection =
    À : { $controller }
    Objet : Opposition à l'utilisation de mes données personnelles à des fins d'intelligence artificielle

    Je m'oppose, en vertu { $framework ->
        [uk-gdpr] de l'article 21, paragraphe 1, du « UK GDPR » (RGPD britannique)
        [ch-fadp] de la loi fédérale suisse sur la protection des données (LPD), notamment de son article 30, alinéa 2, lettre b
        [lgpd] de l'article 18, § 2, de la loi générale brésilienne sur la protection des données (LGPD)
        [gdpr] de l'article 21, paragraphe 1, du règlement général sur la protection des données (RGPD)
       *[other] de la loi applicable ({ $law })
    }, au traitement de mes données personnelles aux fins du développement et de l'amélioration de l'intelligence artificielle chez Meta, y compris l'entraînement de modèles d'IA générative.

    La présente opposition concerne mon compte { $platform } ({ $email }) ainsi que tous les comptes qui y sont liés, et l'ensemble des informations qui s'y rattachent : mes publications, mes photos, mes commentaires et mes interactions avec les fonctionnalités d'IA.

    Ma situation particulière : { $reason }

    Je vous prie de cesser ce traitement, de me confirmer par écrit que vous l'avez fait et, en cas de refus, de m'en indiquer les motifs. { $framework ->
        [gdpr] Conformément à l'article 12, paragraphe 3, du RGPD, vous devez me répondre dans un délai d'un mois.
        [uk-gdpr] Conformément à l'article 12, paragraphe 3, du « UK GDPR », vous devez me répondre dans un délai d'un mois.
       *[other] Je vous prie de me répondre dans les meilleurs délais.
    }

    { $today }

letter-complaint =
    À : { $authority }
    Objet : { $framework ->
        [ch-fadp] Dénonciation concernant { $controller } : mon opposition à l'entraînement de l'IA
        [lgpd] Requête contre { $controller } : mon opposition à l'entraînement de l'IA
       *[other] Réclamation contre { $controller } : mon opposition à l'entraînement de l'IA
    }

    { $framework ->
        [uk-gdpr] J'introduis une réclamation contre { $controller } en vertu de l'article 77 du « UK GDPR » (RGPD britannique).
        [ch-fadp] Je vous adresse, en vertu de l'article 49 de la loi fédérale sur la protection des données (LPD), une dénonciation à l'encontre de { $controller } et vous prie d'ouvrir une enquête.
        [lgpd] Je vous adresse, en vertu de l'article 18, § 1, de la LGPD, une requête contre { $controller }.
        [gdpr] J'introduis une réclamation contre { $controller } en vertu de l'article 77 du règlement général sur la protection des données (RGPD).
       *[other] J'introduis une réclamation contre { $controller } en vertu de la loi applicable ({ $law }).
    }

    Le { $objected }, j'ai formé opposition, au moyen du formulaire mis à disposition par Meta, à l'utilisation des données personnelles de mon compte { $platforms } ({ $email }) pour l'entraînement de l'intelligence artificielle. { $has-reference ->
        [yes] La référence attribuée par Meta à mon opposition est { $reference }.
       *[no] { "" }
    }

    { $due-known ->
        [yes] Meta devait me répondre au plus tard le { $due }. À la date de la présente lettre, Meta n'a pas répondu, ou sa réponse n'a pas mis fin au traitement.
       *[no] Meta n'a pas répondu, ou sa réponse n'a pas mis fin au traitement.
    }

    Je vous prie d'examiner ma demande, d'établir si Meta a respecté mon droit d'opposition et de lui ordonner de cesser d'utiliser mes données à des fins d'intelligence artificielle.

    Pièce jointe : le relevé des démarches que j'ai effectuées, avec leurs dates.

    { $today }
