# Letters the walkthrough fills in: an objection to Meta and a complaint to a
# data protection authority. Each is one whole message, so a translator sees
# the whole letter; choices (which law, whether a date is known) are Fluent
# selectors, never sentences glued from pieces.
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

letter-placeholder-reason = [In one or two sentences, in your own words: why does it matter to you that your posts, photos and messages are not used to train AI?]
letter-placeholder-email = [the email address or phone number of your account]
letter-placeholder-date = [the date you sent your objection]

letter-objection =
    To: { $controller }
    Subject: Objection to the use of my personal data for artificial intelligence

    I object, under { $framework ->
        [uk-gdpr] Article 21(1) of the UK GDPR
        [ch-fadp] the Swiss Federal Act on Data Protection (FADP), in particular Article 30(2)(b)
        [lgpd] Article 18, paragraph 2, of Brazil's General Data Protection Law (LGPD)
        [gdpr] Article 21(1) of the General Data Protection Regulation (GDPR)
       *[other] { $law }
    }, to the processing of my personal data for developing and improving artificial intelligence at Meta, including the training of generative AI models.

    This objection concerns my { $platform } account ({ $email }) and every account linked to it, and all information connected to them: my posts, photos, comments and my interactions with AI features.

    My particular situation: { $reason }

    Please stop this processing, confirm to me in writing that you have done so, and if you refuse, tell me your grounds. { $framework ->
        [gdpr] Under Article 12(3) GDPR you must answer within one month.
        [uk-gdpr] Under Article 12(3) UK GDPR you must answer within one month.
       *[other] Please answer without undue delay.
    }

    { $today }

letter-complaint =
    To: { $authority }
    Subject: { $framework ->
        [ch-fadp] Report about { $controller }: my objection to AI training
        [lgpd] Petition against { $controller }: my opposition to AI training
       *[other] Complaint against { $controller }: my objection to AI training
    }

    { $framework ->
        [uk-gdpr] I am making a complaint under Article 77 of the UK GDPR against { $controller }.
        [ch-fadp] I am reporting { $controller } to you under Article 49 of the Federal Act on Data Protection (FADP) and ask you to open an investigation.
        [lgpd] I am petitioning you under Article 18, paragraph 1, of the LGPD against { $controller }.
        [gdpr] I am lodging a complaint under Article 77 of the General Data Protection Regulation (GDPR) against { $controller }.
       *[other] I am making a complaint against { $controller } under { $law }.
    }

    On { $objected } I objected, through Meta's own form, to the use of my personal data from my { $platforms } account ({ $email }) for training artificial intelligence. { $has-reference ->
        [yes] Meta's reference for my objection is { $reference }.
       *[no] { "" }
    }

    { $due-known ->
        [yes] Meta had to answer by { $due }. By the date of this letter it has not answered, or its answer did not stop the processing.
       *[no] Meta has not answered, or its answer did not stop the processing.
    }

    I ask you to examine my complaint, to establish whether Meta has respected my right to object, and to order it to stop using my data for artificial intelligence.

    Attached: my record of the steps I took, with their dates.

    { $today }
