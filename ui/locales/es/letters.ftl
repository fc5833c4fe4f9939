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

letter-placeholder-reason = [En una o dos frases y con tus propias palabras: ¿por qué te importa que tus publicaciones, fotos y mensajes no se utilicen para entrenar la IA?]
letter-placeholder-email = [la dirección de correo electrónico o el número de teléfono de tu cuenta]
letter-placeholder-date = [la fecha en que enviaste tu oposición]

letter-objection =
    Destinatario: { $controller }
    Asunto: Oposición al uso de mis datos personales para la inteligencia artificial

    Al amparo { $framework ->
        [uk-gdpr] del artículo 21.1 del RGPD del Reino Unido (UK GDPR)
        [ch-fadp] de la Ley Federal de Protección de Datos de Suiza (LPD suiza), en particular de su artículo 30.2.b)
        [lgpd] del artículo 18, § 2, de la Ley General de Protección de Datos de Brasil (LGPD)
        [gdpr] del artículo 21.1 del Reglamento General de Protección de Datos (RGPD)
       *[other] de la ley aplicable ({ $law })
    }, me opongo al tratamiento de mis datos personales para el desarrollo y la mejora de la inteligencia artificial en Meta, incluido el entrenamiento de modelos de IA generativa.

    La presente oposición se refiere a mi cuenta de { $platform } ({ $email }) y a todas las cuentas vinculadas a ella, así como a toda la información relacionada con dichas cuentas: mis publicaciones, fotos y comentarios, y mis interacciones con las funciones de IA.

    Mi situación particular: { $reason }

    Solicito que se ponga fin a este tratamiento, que se me confirme por escrito que así se ha hecho y, en caso de denegación, que se me comuniquen los motivos. { $framework ->
        [gdpr] Conforme al artículo 12.3 del RGPD, la respuesta debe facilitarse en el plazo de un mes.
        [uk-gdpr] Conforme al artículo 12.3 del RGPD del Reino Unido, la respuesta debe facilitarse en el plazo de un mes.
       *[other] Solicito que se me responda sin dilación indebida.
    }

    { $today }

letter-complaint =
    Destinatario: { $authority }
    Asunto: { $framework ->
        [ch-fadp] Denuncia relativa a { $controller }: mi oposición al entrenamiento de IA
        [lgpd] Petición contra { $controller }: mi oposición al entrenamiento de IA
       *[other] Reclamación contra { $controller }: mi oposición al entrenamiento de IA
    }

    { $framework ->
        [uk-gdpr] Al amparo del artículo 77 del RGPD del Reino Unido (UK GDPR), presento una reclamación contra { $controller }.
        [ch-fadp] Al amparo del artículo 49 de la Ley Federal de Protección de Datos de Suiza (LPD suiza), denuncio a { $controller } ante esa autoridad y solicito la apertura de una investigación.
        [lgpd] Al amparo del artículo 18, § 1, de la LGPD, presento ante esa autoridad una petición contra { $controller }.
        [gdpr] Al amparo del artículo 77 del Reglamento General de Protección de Datos (RGPD), presento una reclamación contra { $controller }.
       *[other] Al amparo de la ley aplicable ({ $law }), presento una reclamación contra { $controller }.
    }

    Con fecha { $objected }, mediante el formulario de la propia Meta, me opuse al uso de los datos personales de mi cuenta de { $platforms } ({ $email }) para entrenar inteligencia artificial. { $has-reference ->
        [yes] La referencia asignada por Meta a mi oposición es { $reference }.
       *[no] { "" }
    }

    { $due-known ->
        [yes] Meta debía responder a más tardar el { $due }. A la fecha del presente escrito, no ha respondido o su respuesta no ha puesto fin al tratamiento.
       *[no] Meta no ha respondido o su respuesta no ha puesto fin al tratamiento.
    }

    Solicito que se examine mi caso, que se determine si Meta ha respetado mi derecho de oposición y que se le ordene dejar de utilizar mis datos para la inteligencia artificial.

    Se adjunta el registro de los pasos que he seguido, con sus fechas.

    { $today }
