# The window's own words in Brazilian Portuguese (pt-BR), translated from ../en/app.ftl.
# Same message ids as English. Address: "você". Plurals: [one] covers 0 and 1 in pt.

-app-name = Meta opt-out

## Top bar and landmarks

app-title = { -app-name }
app-tagline = Passo a passo: oponha-se ao treinamento de IA, silencie a Meta AI, corte o rastreamento e exclua o que você não quer mais lá.
skip-to-content = Pular para o conteúdo principal
nav-dashboard = Visão geral
nav-settings = Configurações
nav-about = Sobre
top-navigation =
    .aria-label = Principal

## Notices and errors

notice-close = Dispensar
notice-label =
    .aria-label = Mensagem
error-details = Detalhes: { $detail }
error-unknown-region = Este país ou estado não está na lista do aplicativo. Escolha-o novamente na lista.
error-unknown-platform = Um dos aplicativos escolhidos não é reconhecido por esta versão. Marque os aplicativos novamente.
error-unknown-device = Este dispositivo não é reconhecido por esta versão. Escolha um dos dispositivos oferecidos.
error-flow-not-found = Este guia não se aplica mais à sua situação ou foi removido. Volte para a visão geral.
error-link-refused = Para sua segurança, este link não foi aberto: ele não está na lista dos sites oficiais da Meta e das autoridades.
error-open-failed = Não foi possível abrir o seu navegador. Copie o endereço mostrado abaixo do botão e cole-o no navegador.
error-progress = Não foi possível salvar o seu progresso. O que você digitou continua aqui: tente novamente daqui a pouco ou verifique se o seu disco não está cheio.
error-progress-damaged = O arquivo do seu progresso está danificado e não foi alterado. Você pode guardar o arquivo danificado à parte e começar do zero; nada nele é excluído.
error-no-data-dir = Não há nenhuma pasta para guardar o seu progresso. Verifique se a sua pasta pessoal existe e se é possível gravar nela.
error-export = Não foi possível gravar o registro. Nada foi salvo nesse local; escolha outro local e tente novamente.
error-no-app = Esta página só funciona dentro do aplicativo { -app-name }.
error-other = Algo deu errado. Tente novamente; se o problema continuar, reinicie o aplicativo.
recover-progress = Guardar o arquivo danificado à parte e começar do zero
recovered-progress = O arquivo danificado foi guardado como { $path }. O seu progresso recomeça do zero.
own-flows-skipped = Alguns dos seus próprios arquivos de guia foram ignorados: { $problems }

## First run and profile editing

welcome-title = Boas-vindas
welcome-intro = Conte um pouco sobre a sua situação. Isso define quais direitos você tem e quais etapas se aplicam a você. Você pode mudar tudo isso depois.
welcome-privacy = Tudo o que você informa fica neste computador. O aplicativo nunca se conecta à internet por conta própria.
profile-edit-title = Editar “{ $name }”
profile-new-title = Adicionar outro perfil
profile-explain = Um perfil é uma conta (ou o conjunto de contas de uma pessoa) que você acompanha separadamente, por exemplo, as suas e as de um familiar.
field-language = Idioma deste aplicativo
field-country = Onde você mora
field-country-choose = Escolha o seu país…
field-platforms = Aplicativos que você usa
field-platforms-hint = Marque todos os aplicativos da Meta em que você tem uma conta.
field-device = Onde você vai seguir as etapas
field-profile-name = Nome deste perfil
field-profile-name-hint = Só você vê esse nome, por exemplo, “Minhas contas” ou “Instagram da Ana”.
field-profile-name-count = { $count } de { $max } caracteres
field-profile-name-default = Minhas contas
device-desktop = Computador (navegador da web)
device-ios = iPhone ou iPad
device-android = Celular ou tablet Android
welcome-start = Começar
profile-save = Salvar alterações
profile-add = Adicionar perfil
profile-cancel = Cancelar
profile-needs-country = Escolha o país onde você mora.
profile-needs-platform = Marque pelo menos um aplicativo que você usa.
profile-needs-name = Dê um nome a este perfil.
profile-name-too-long = Um nome de perfil pode ter no máximo { $max } caracteres; este tem { $count }. Encurte-o: nada é cortado por você.
profile-form-errors = Corrija o seguinte:

## Dashboard

dashboard-title = Sua visão geral
profile-switch = Perfil
profile-edit = Editar perfil
profile-add-another = Adicionar um perfil
follow-ups-title = Precisa da sua atenção
follow-up-reply-due-overdue = O prazo da Meta para responder a “{ $step }” terminou em { $due }. Se a Meta não respondeu adequadamente, você pode recorrer a uma autoridade.
follow-up-reply-due-soon = { $days ->
        [0] O prazo da Meta para responder a “{ $step }” termina hoje ({ $due }).
        [one] O prazo da Meta para responder a “{ $step }” termina amanhã ({ $due }).
       *[other] O prazo da Meta para responder a “{ $step }” termina daqui a { $days } dias, em { $due }.
    }
follow-up-grace-ends = { $days ->
        [0] O período de carência da exclusão termina hoje ({ $due }). Não entre na conta até que ele tenha passado.
        [one] O período de carência da exclusão termina amanhã ({ $due }). Não entre na conta antes disso: entrar na conta cancela a exclusão.
       *[other] O período de carência da exclusão termina daqui a { $days } dias, em { $due }. Não entre na conta antes disso: entrar na conta cancela a exclusão.
    }
follow-up-grace-ended = O período de carência da exclusão terminou em { $due }. A Meta pode levar até mais 90 dias para remover os dados.
follow-up-reminder-overdue = Lembrete para “{ $step }”: estava previsto para { $due }.
follow-up-reminder-soon = { $days ->
        [0] Lembrete para “{ $step }”: hoje ({ $due }).
        [one] Lembrete para “{ $step }”: amanhã ({ $due }).
       *[other] Lembrete para “{ $step }”: daqui a { $days } dias, em { $due }.
    }
follow-up-escalate = Recorrer a uma autoridade
follow-up-open = Abrir a etapa
follow-up-move = Mudar a data
follow-up-move-to = Nova data
follow-up-move-reason = Por que muda (por exemplo, a Meta escreveu que precisa de mais dois meses)
follow-up-move-save = Salvar a nova data
follow-up-moved = marcada primeiro para { $first }; mudada: { $reason }
follow-up-moved-said = A data foi mudada para { $due }.
follow-ups-later = { $count ->
        [one] Há mais uma data prevista para depois.
       *[other] Há mais { $count } datas previstas para depois.
    }
follow-ups-upcoming = Próximas datas
rights-title = Seus direitos em { $region }
rights-objection = A lei garante a você o direito de se opor ao uso dos seus dados pela Meta para treinamento de IA, e a Meta é obrigada a responder.
rights-none = Aqui não existe um direito legal de se opor ao treinamento de IA. Mesmo assim, você pode silenciar a Meta AI, limitar o rastreamento, manter suas publicações privadas e excluir o que não quer mais lá.
field-subdivision-us = Estado dos EUA
field-subdivision-us-none = Outro estado ou não tenho certeza
field-subdivision-de = Estado federado (Land)
field-subdivision-de-none = Não tenho certeza ou prefiro não dizer
field-subdivision-other = Província ou região
field-subdivision-other-none = Não tenho certeza ou outra
rights-law = A lei aplicável: { $law }
# The laws whose names the window words in each language; others keep the catalog's name.
law-name-gdpr = Regulamento Geral sobre a Proteção de Dados da UE (RGPD)
law-name-uk-gdpr = UK GDPR e Data Protection Act 2018 (Reino Unido)
rights-can = Com ela, você pode pedir à Meta que:
right-object = deixe de usar suas informações para os próprios interesses, inclusive para treinar IA (direito de oposição)
right-delete = elimine seus dados pessoais
right-access = informe o que guarda sobre você e lhe dê uma cópia
right-correct = corrija o que estiver errado
right-opt-out-targeted-ads = deixe de usar seus dados para publicidade direcionada
right-opt-out-sale = deixe de vender ou compartilhar seus dados
right-opt-out-profiling = deixe de traçar seu perfil
right-appeal = reconsidere uma recusa (um recurso à Meta)
rights-from = Esta lei lhe dá direitos perante a Meta a partir de { $date }. Até lá, não dá nenhum; a partir desse dia, você poderá pedir à Meta que:
rights-reply = A Meta tem de responder em até { $deadline }.
rights-reply-extension = A Meta tem de responder em até { $deadline }; pode levar até { $extension } a mais se explicar o motivo a tempo.
rights-opt-out-within = A oposição à venda ou ao compartilhamento tem de valer em até { $deadline }.
rights-authority = Se a Meta recusar ou não responder, você pode reclamar a: { $authority }.
rights-appeal-first = Se a Meta recusar, recorra primeiro à Meta; se o recurso não der certo, reclame a: { $authority }.
rights-complain-first = Se a Meta recusar ou não responder, reclame primeiro à Meta e dê tempo para ela responder; depois, você pode reclamar a: { $authority }.
rights-default-authority = Você não indicou onde mora em { $country }, por isso aparece { $authority }, que fiscaliza o escritório da Meta em { $country }. Escolha sua região no perfil para reclamar à sua própria autoridade.
rights-unclear = As fontes não deixam claro se esta lei alcança a Meta: você ainda pode fazer esses pedidos, mas a Meta pode alegar que a lei não se aplica a ela.
rights-unverified = Não conseguimos confirmar isso com uma fonte datada: trate como uma pista a verificar, não como certeza.
deadline-months = { $count ->
        [one] um mês
       *[other] { $count } meses
    }
deadline-days = { $count ->
        [one] um dia
       *[other] { $count } dias
    }
deadline-business-days = { $count ->
        [one] um dia útil
       *[other] { $count } dias úteis
    }
flows-title = O que você pode fazer
flows-empty = Nada se aplica a esta escolha. Edite o seu perfil e marque os aplicativos que você usa.
flow-card-progress = { $done } de { $total } etapas concluídas
# The person's apps a guide is about, e.g. "Facebook, Instagram".
flow-card-apps = Para: { $apps }
flow-card-next = Próxima etapa: { $step }
flow-card-finished = Todas as etapas registradas
flow-card-start = Começar
flow-card-continue = Continuar
flow-card-review = Revisar
flow-card-checked = Verificado em { $date }
flow-stale-tag = Pode estar desatualizado
earlier-steps = { $count ->
        [one] Uma etapa registrada é de uma versão anterior dos guias ou não se aplica mais; ela continua guardada no seu registro.
       *[other] { $count } etapas registradas são de uma versão anterior dos guias ou não se aplicam mais; elas continuam guardadas no seu registro.
    }
platform-progress-title = Etapas concluídas por app:
platform-progress = { $platform }: { $done } de { $total }
record-title = Seu registro
record-explain = Um registro das etapas que você concluiu, com datas e comprovantes, que você pode guardar ou entregar a uma autoridade de proteção de dados.
record-format = Formato
record-format-html = Página para impressão (HTML, imprimir como PDF)
record-format-md = Markdown
record-format-csv = Planilha (CSV)
record-format-json = JSON (pode ser importado novamente)
record-format-ics = Datas para lembrar, para a sua agenda (.ics)
record-export = Exportar…
record-import = Importar um registro…
record-exported = O seu registro de “{ $name }” foi salvo em { $path }.
record-imported = { $changes ->
        [0] { $file } importado: nenhuma alteração adicionada.
        [one] { $file } importado: uma alteração adicionada.
       *[other] { $file } importado: { $changes } alterações adicionadas.
    }
record-imported-profiles = Novos perfis: { $names }.
record-imported-conflicts = Onde os dois divergiam, o estado mais recente foi mantido, e os dois históricos estão no seu registro: { $conflicts }.

## Settings

settings-title = Configurações
settings-language = Idioma deste aplicativo
settings-language-system = O mesmo do sistema ({ $name })
settings-meta-language = Idioma dos seus aplicativos da Meta
settings-meta-language-hint = Os nomes dos menus são mostrados como aparecem no seu aplicativo do Facebook ou do Instagram. Se os seus aplicativos da Meta usam um idioma diferente deste aplicativo, escolha-o aqui.
settings-meta-language-same = O mesmo deste aplicativo
settings-saved = Salvo.
settings-done = Voltar para a visão geral

## About

about-title = Sobre o { -app-name }
about-version = Versão { $version }
about-network = Este aplicativo nunca se conecta à internet por conta própria: sem telemetria, sem verificação de atualizações. Os links abrem no seu próprio navegador, e só são abertos links para os sites oficiais da Meta e das autoridades de proteção de dados.
about-storage = O seu progresso fica guardado em um único arquivo neste computador, que só você pode ler. Os guias são informações práticas, não orientação jurídica.
about-license = Software livre sob a Licença Pública Geral GNU (GNU General Public License), versão 3 ou posterior.

## Walkthrough

walk-back = Voltar para a visão geral
walk-steps = Etapas
walk-step-of = Etapa { $n } de { $total }
walk-checked = Conferido com as fontes em { $date }
walk-stale = Este guia foi verificado pela última vez em { $date }, há mais de 180 dias. A Meta pode ter mudado os menus desde então: se algo parecer diferente, confie no que você vê e tome cuidado.
walk-caveats = É bom saber
walk-sources = Fontes ({ $count })
walk-based-on = Com base em: { $sources }
confidence-high = Confiança alta
confidence-medium = Confiança média
confidence-low = Confiança baixa
confidence-unverified = Não verificado
# A cited page that gives no date of its own.
source-undated = sem data
status-todo = A fazer
status-done = Concluída
status-done-on = Concluída em { $date }
status-skipped = Pulada
status-skipped-on = Pulada em { $date }: { $reason }
status-waiting = Aguardando até { $date }
walk-device = Mostrar as etapas para
walk-menu-path = Onde encontrar
menu-label-english = Em inglês: { $label }
menu-label-unconfirmed = não confirmado
menu-label-unconfirmed-hint = Esta tradução do nome do menu da Meta não foi confirmada nas próprias páginas de ajuda da Meta; o seu aplicativo pode usar outras palavras.
walk-instructions = O que fazer
walk-open = Abrir no navegador
walk-open-authority = Abrir o site: { $name }
walk-open-hint = Abre { $host } no seu navegador.
walk-open-on-phone = Abrir no celular
# $label is the button's own words, e.g. "Open the Facebook objection form".
walk-open-on-computer = { $label } neste computador
walk-qr-alt = Código QR do link { $url }
walk-qr-explain = Escaneie com a câmera do celular: a página abre nele, no app da Meta se você tiver. Nada é enviado; marque a etapa como concluída aqui quando terminar.
walk-opened = Aberto no seu navegador. Volte para cá quando terminar.
walk-authority = Sua autoridade: { $name }
walk-follow-up = Depois desta etapa: { $title } (daqui a { $after }).
period-months = { $count ->
        [one] um mês
       *[other] { $count } meses
    }
period-days = { $count ->
        [one] um dia
       *[other] { $count } dias
    }
period-both = { $months } e { $days }
walk-record = O seu registro desta etapa
walk-evidence = Comprovantes
walk-note = Observação (opcional)
walk-done = Concluir
walk-done-next = Concluir e ir para a próxima etapa
walk-skip = Pular…
walk-skip-reason = Por que você está pulando esta etapa?
walk-skip-confirm = Pular esta etapa
walk-skip-needs-reason = Diga por que você está pulando esta etapa, por exemplo, “Não tenho conta no Instagram”.
walk-skip-cancel = Cancelar
walk-undo = Desfazer
walk-save = Salvar observação e comprovantes
walk-saved = Salvo.
walk-previous = Etapa anterior
walk-next = Próxima etapa
walk-finish = Voltar para a visão geral
walk-no-profile = Adicione um perfil para registrar o seu progresso nestas etapas.
walk-marked-done = Registrada como concluída.
walk-follow-up-created = Adicionado à sua visão geral para { $due }: “{ $title }”.
walk-all-done = { $count ->
        [one] A etapa deste guia está registrada.
       *[other] Todas as { $count } etapas deste guia estão registradas.
    }
walk-next-guide = A seguir no seu resumo: “{ $title }”.

## Letters

letter-title = Uma carta que você pode usar
letter-objection-explain = Cole este texto no formulário de oposição da Meta. Acrescente uma frase com as suas próprias palavras sobre a sua situação: uma oposição tem mais força com um motivo que seja seu.
letter-complaint-explain = Cole este texto no formulário de reclamação da sua autoridade ou envie-o pelo correio, com o seu registro exportado em anexo.
letter-in-language = Em { $language }
letter-english-copy = Em inglês (o escritório europeu da Meta fica na Irlanda)
letter-english-fallback = Ainda não há texto em { $language }, por isso esta carta está em inglês. Verifique se a sua autoridade aceita inglês.
letter-copy = Copiar
letter-copied = Copiado.
letter-copy-failed = Não foi possível copiar. Selecione o texto e pressione Ctrl+C.
letter-edit-hint = Você pode editar o texto antes de copiá-lo. As suas edições não são salvas.

# Evidence files, Meta's answer and the account concerned
field-profile-account = Conta usada na Meta (opcional)
field-profile-account-hint = O nome de usuário ou o e-mail que você usa na Meta. Ele aparece no seu registro, para que uma autoridade saiba de quem são os dados. Fica neste computador.
record-format-bundle = Pacote para uma autoridade (.zip: registro, seus arquivos, somas de verificação)
follow-up-answer = Responder à Meta
outcome-accepted = Aceitou o pedido
outcome-refused = Recusou
outcome-asked-for-more = Pediu mais informações
outcome-no-answer = Sem resposta
walk-attachments = Arquivos guardados como prova
walk-attach = Anexar um arquivo
walk-attach-hint = Uma captura de tela da confirmação da Meta, o e-mail de confirmação (.eml), um PDF ou um arquivo de texto, de até 25 MB. Uma cópia é guardada com o seu progresso, que só você pode ler; o original fica onde está.
walk-attached = { $name } foi anexado; uma cópia é guardada com o seu progresso.
walk-attachment = { $name } ({ $size }), SHA-256 { $sha }…
walk-attachment-missing = Este arquivo está faltando na sua pasta de dados.
walk-attachment-altered = Este arquivo foi alterado depois de anexado: ele não corresponde mais ao seu SHA-256.
walk-reply = Resposta da Meta
walk-reply-outcome = O que a Meta respondeu?
walk-reply-received = Recebida em
walk-reply-text = O texto da resposta (cole aqui)
walk-reply-save = Salvar a resposta
walk-reply-saved = A resposta da Meta está registrada.
walk-reply-next-escalate = A visão geral agora oferece a reclamação à sua autoridade de proteção de dados.
walk-reply-next-answer = A visão geral oferece esta etapa de novo, para responder à Meta.
walk-reply-current = Registrado: { $outcome }, recebida em { $date }.
walk-reply-current-undated = Registrado: { $outcome }.
follow-up-answered-refused = A Meta recusou “{ $step }”. Agora você pode reclamar à sua autoridade de proteção de dados.
follow-up-answered-no-answer = A Meta não respondeu a “{ $step }”. Agora você pode reclamar à sua autoridade de proteção de dados.
follow-up-answered-asked-for-more = A Meta pediu mais informações sobre “{ $step }”. Responda pela etapa.
follow-up-answered-accepted = A Meta aceitou “{ $step }”.
letter-keep = Guardar como enviada
letter-keep-hint = Quando enviar uma carta, guarde-a aqui como foi enviada: ela é anexada a esta etapa, e o seu registro e o pacote para uma autoridade a incluem.
letter-kept = A carta foi guardada como { $name }, anexada a esta etapa.

# Guide packs, what Meta changed, and a step that does not match
settings-guides = Guias
guides-builtin = Em uso: os guias incluídos no app, verificados até { $date }.
guides-pack = Em uso: pacote de guias { $version } de { $date }, assinado por { $signer }.
guides-signer-project = o projeto meta-optout (chave { $id })
guides-signer-added = “{ $name }” (chave { $id }), uma chave que você adicionou
guides-superseded = O pacote de guias { $version } que você instalou é mais antigo que os guias incluídos nesta versão do app, então os incluídos são usados.
guides-update = Atualizar os guias a partir de um arquivo…
guides-update-hint = Um pacote de guias é um arquivo com guias corrigidos. O app verifica a assinatura e só o instala se for mais novo e passar em todas as verificações; ele nunca se conecta. Uma assinatura prova quem fez o pacote e que ninguém o alterou desde então, não que as instruções estejam certas.
guides-rollback = Voltar aos guias anteriores
guides-updated = Os guias foram atualizados para o pacote { $version } de { $date }.
guides-updated-changes = Ele lista { $count ->
    [one] uma mudança
   *[other] { $count } mudanças
} nos apps da Meta; a visão geral mostra as etapas que você deve refazer ou verificar.
guides-rolled-back = Os guias anteriores estão em uso de novo.
changed-title = A Meta mudou isto depois que você fez
changed-redo = { $step }: feito em { $done }; a Meta mudou em { $date }: { $what } Faça de novo.
changed-check = { $step }: feito em { $done }; a Meta mudou em { $date }: { $what } Verifique se ainda vale.
changed-open = Abrir a etapa
mismatch-open = Esta etapa não corresponde ao que vejo
mismatch-expected = O que a etapa diz
mismatch-saw = O que você vê no lugar
mismatch-more = Algo mais (opcional)
mismatch-report = Relato para copiar e enviar aos mantenedores
mismatch-hint = O app não envia nada: copie este texto e envie você mesmo, por exemplo por e-mail ou no rastreador de problemas do projeto. Ele não contém dados pessoais, a menos que você os digite.
mismatch-copy = Copiar o relato
walk-done-again = Feito de novo
