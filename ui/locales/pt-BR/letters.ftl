# Letters the walkthrough fills in (pt-BR): an objection to Meta and a complaint
# to a data protection authority. Each is one whole message; choices (which law,
# whether a date is known) are Fluent selectors. Formal register in the letters.
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

letter-placeholder-reason = [Em uma ou duas frases, com suas próprias palavras: por que é importante para você que suas publicações, fotos e mensagens não sejam usadas para treinar IA?]
letter-placeholder-email = [o endereço de e-mail ou o número de telefone da sua conta]
letter-placeholder-date = [a data em que você enviou sua oposição]

letter-objection =
    Para: { $controller }
    Assunto: Oposição ao uso dos meus dados pessoais para inteligência artificial

    Oponho-me, { $framework ->
        [uk-gdpr] com fundamento no art. 21, nº 1, do RGPD do Reino Unido (UK GDPR)
        [ch-fadp] com fundamento na Lei Federal sobre a Proteção de Dados da Suíça (LPD), em especial no art. 30, nº 2, alínea b
        [lgpd] com fundamento no art. 18, § 2º, da Lei Geral de Proteção de Dados Pessoais (LGPD – Lei nº 13.709/2018)
        [gdpr] com fundamento no art. 21, nº 1, do Regulamento Geral sobre a Proteção de Dados (RGPD)
       *[other] com fundamento na lei aplicável ({ $law })
    }, ao tratamento dos meus dados pessoais para o desenvolvimento e o aprimoramento de inteligência artificial pela Meta, incluindo o treinamento de modelos de IA generativa.

    Esta oposição abrange a minha conta do { $platform } ({ $email }) e todas as contas a ela vinculadas, bem como todas as informações relacionadas a essas contas: minhas publicações, fotos e comentários e minhas interações com recursos de IA.

    Minha situação particular: { $reason }

    Solicito que cessem esse tratamento, que me confirmem por escrito que o fizeram e, em caso de recusa, que me informem os respectivos fundamentos. { $framework ->
        [gdpr] Nos termos do art. 12, nº 3, do RGPD, a resposta deve ser dada no prazo de um mês.
        [uk-gdpr] Nos termos do art. 12, nº 3, do UK GDPR, a resposta deve ser dada no prazo de um mês.
       *[other] Solicito que me respondam sem demora injustificada.
    }

    { $today }

letter-complaint =
    Para: { $authority }
    Assunto: { $framework ->
        [ch-fadp] Denúncia contra { $controller }: minha oposição ao treinamento de IA
        [lgpd] Petição contra { $controller }: minha oposição ao treinamento de IA
       *[other] Reclamação contra { $controller }: minha oposição ao treinamento de IA
    }

    { $framework ->
        [uk-gdpr] Apresento reclamação contra { $controller }, com fundamento no art. 77 do RGPD do Reino Unido (UK GDPR).
        [ch-fadp] Denuncio { $controller } a essa autoridade, com fundamento no art. 49 da Lei Federal sobre a Proteção de Dados da Suíça (LPD), e solicito a abertura de uma investigação.
        [lgpd] Apresento a essa Autoridade petição contra { $controller }, com fundamento no art. 18, § 1º, da Lei Geral de Proteção de Dados Pessoais (LGPD).
        [gdpr] Apresento reclamação contra { $controller }, com fundamento no art. 77 do Regulamento Geral sobre a Proteção de Dados (RGPD).
       *[other] Apresento reclamação contra { $controller }, com fundamento na lei aplicável ({ $law }).
    }

    Em { $objected }, por meio do próprio formulário da Meta, opus-me ao uso dos dados pessoais da minha conta do { $platforms } ({ $email }) para o treinamento de inteligência artificial. { $has-reference ->
        [yes] O número de referência atribuído pela Meta à minha oposição é { $reference }.
       *[no] { "" }
    }

    { $due-known ->
        [yes] A Meta deveria ter respondido até { $due }. Até a presente data, não houve resposta, ou a resposta recebida não fez cessar o tratamento.
       *[no] A Meta não respondeu, ou a resposta recebida não fez cessar o tratamento.
    }

    Solicito que essa autoridade examine o presente caso, verifique se a Meta respeitou o meu direito de oposição e determine que ela deixe de usar os meus dados para inteligência artificial.

    Em anexo: o meu registro das medidas que tomei, com as respectivas datas.

    { $today }
