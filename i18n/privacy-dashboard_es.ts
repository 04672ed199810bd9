<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>OAuth</name>
    <message>
        <location filename="../app/net/OAuthTokens.cpp" line="+24"/>
        <source>the system&apos;s random generator failed</source>
        <translation>falló el generador aleatorio del sistema</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>the sign-in is no longer valid; sign in again</source>
        <translation>el inicio de sesión ya no es válido; vuelve a iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused the sign-in (%1)</source>
        <translation>el servidor rechazó el inicio de sesión (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server&apos;s token answer is not usable</source>
        <translation>la respuesta del servidor con los tokens no es utilizable</translation>
    </message>
    <message>
        <location filename="../app/net/TokenProvider.cpp" line="+81"/>
        <source>not signed in to %1</source>
        <translation>no has iniciado sesión en %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/net/OptOutOutbox.cpp" line="+119"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location filename="../app/net/ApiErrors.cpp" line="+57"/>
        <source>cannot verify server %1: %2</source>
        <translation>no se puede verificar el servidor %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer in time: %2</source>
        <translation>%1 no respondió a tiempo: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to %1 was lost before it answered: %2</source>
        <translation>se perdió la conexión con %1 antes de que respondiera: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>request to %1 refused: %2</source>
        <translation>%1 rechazó la petición: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered with a redirect (%2), which is never followed</source>
        <translation>%1 respondió con una redirección (%2), que nunca se sigue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the token (401); check --token-file or PRIVACY_DASHBOARD_TOKEN</source>
        <translation>%1 no aceptó el token (401); revisa --token-file o PRIVACY_DASHBOARD_TOKEN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token is not allowed to do this (403)</source>
        <translation>el token no permite hacer esto (403)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is still processing an earlier attempt of this change (409)</source>
        <translation>%1 todavía está procesando un intento anterior de este cambio (409)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the setting was changed elsewhere (%1)</source>
        <translation>el ajuste se cambió en otro lugar (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is rate limiting requests (429)</source>
        <translation>%1 está limitando las peticiones (429)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server error %1 from %2</source>
        <translation>error del servidor %1 en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the request (%2)</source>
        <translation>%1 rechazó la petición (%2)</translation>
    </message>
    <message>
        <location filename="../app/net/RetryingSender.cpp" line="+169"/>
        <source>; retry after %1 UTC</source>
        <translation>; vuelve a intentarlo después de las %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/net/ApiClient.cpp" line="+71"/>
        <source>the setting came without a strong ETag</source>
        <translation>el ajuste llegó sin una ETag fuerte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the history does not end (%1 changes read)</source>
        <translation>el historial no termina (%1 cambios leídos)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the item list does not end (%1 items read)</source>
        <translation>la lista de elementos no termina (%1 elementos leídos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a platform name</source>
        <translation>«%1» no es un nombre de plataforma</translation>
    </message>
    <message>
        <location filename="../app/net/OptOutWriter.cpp" line="+80"/>
        <source>the setting was changed elsewhere after you asked (it is now %1); your change was not applied</source>
        <translation>el ajuste se cambió en otro lugar después de tu petición (ahora está %1); tu cambio no se aplicó</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>opted out</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>opted in</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the server confirmed the other state</source>
        <translation>el servidor confirmó el estado contrario</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the setting was changed elsewhere (it is now %1); your change was not applied</source>
        <translation>el ajuste se cambió en otro lugar (ahora está %1); tu cambio no se aplicó</translation>
    </message>
    <message>
        <location filename="../app/net/OptOutOutbox.cpp" line="-55"/>
        <location line="+22"/>
        <source>cannot create the folder for unsent changes %1</source>
        <translation>no se puede crear la carpeta de cambios pendientes %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot save the change before sending it (%1)</source>
        <translation>no se puede guardar el cambio antes de enviarlo (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the unsent change: %1</source>
        <translation>no se puede leer el cambio pendiente: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown state</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belongs to another server, member or setting</source>
        <translation>pertenece a otro servidor, miembro o ajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unsent change is damaged: %1</source>
        <translation>el cambio pendiente está dañado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot remove the unsent change %1</source>
        <translation>no se puede eliminar el cambio pendiente %1</translation>
    </message>
    <message>
        <location filename="../app/net/ServerConnection.cpp" line="+15"/>
        <source>cannot read the token file %1: %2</source>
        <translation>no se puede leer el archivo del token %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no token: give --token-file FILE or set PRIVACY_DASHBOARD_TOKEN</source>
        <translation>no hay token: indica --token-file ARCHIVO o define PRIVACY_DASHBOARD_TOKEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token in %1 is empty or too long</source>
        <translation>el token de %1 está vacío o es demasiado largo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token in %1 holds characters a bearer token cannot have</source>
        <translation>el token de %1 contiene caracteres que un token de portador no puede tener</translation>
    </message>
    <message>
        <location filename="../app/net/LinkedInSnapshotSource.cpp" line="+61"/>
        <source>Records read from the platform&apos;s API: %1, in %2 pages.</source>
        <translation>Registros leídos de la API de la plataforma: %1, en %2 páginas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain %1 is not in the policy&apos;s map; records not counted in any category: %2.</source>
        <translation>El dominio %1 no está en el mapa de la política; registros no contados en ninguna categoría: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records with a date that could not be read, counted undated: %1.</source>
        <translation>Registros con una fecha ilegible, contados sin fecha: %1.</translation>
    </message>
</context>
<context>
    <name>pd::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.ui" line="+6"/>
        <location line="+1"/>
        <source>About Privacy Dashboard</source>
        <translation>Acerca de Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>See which of your data may have fed generative-AI training, and opt out. Opting out stops future training only; models already trained are not retrained.</source>
        <translation>Descubre qué datos tuyos pueden haber servido para entrenar IA generativa, y exclúyete. Excluirte solo detiene el entrenamiento futuro; los modelos ya entrenados no se vuelven a entrenar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy data:</source>
        <translation>Datos de la política:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the website</source>
        <translation>Abrir el sitio web</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source code</source>
        <translation>Código &amp;fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the source code</source>
        <translation>Abrir el código fuente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Licence text</source>
        <translation>Texto de la &amp;licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the licence text</source>
        <translation>Abrir el texto de la licencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+20"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, version %2 (checked against the platform&apos;s pages on %3)</source>
        <translation>%1, versión %2 (contrastada con las páginas de la plataforma el %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU General Public License, version 3 or later (%1)</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>built with %1, running on %2</source>
        <translation>compilado con %1, ejecutándose en %2</translation>
    </message>
</context>
<context>
    <name>pd::ActivityChart</name>
    <message>
        <location filename="../ui/ActivityChart.cpp" line="+141"/>
        <source>Chart of your activity per month</source>
        <translation>Gráfico de tu actividad por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per month that may have been used for AI training, items %1 that existed while training was allowed, items that were not used, and items of categories not used for training. The same numbers are in the table next to the chart.</source>
        <translation>Elementos por mes que pueden haberse usado para entrenar IA, elementos %1 que existían mientras se permitía el entrenamiento, elementos que no se usaron y elementos de categorías que no se usan para entrenar. Las mismas cifras están en la tabla junto al gráfico.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click a month to list its items; in the table, Enter on a cell does the same.</source>
        <translation>Haz clic en un mes para ver sus elementos; en la tabla, Intro en una celda hace lo mismo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2: click to list these items</source>
        <translation>%1, %2: haz clic para ver estos elementos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Items per month</source>
        <translation>Elementos por mes</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Your activity per month</source>
        <translation>Tu actividad por mes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>1 item before %1 not drawn (it is in the table)</source>
        <translation>1 elemento anterior a %1 sin dibujar (está en la tabla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items before %2 not drawn (they are in the table)</source>
        <translation>%1 elementos anteriores a %2 sin dibujar (están en la tabla)</translation>
    </message>
</context>
<context>
    <name>pd::ApiCodec</name>
    <message>
        <location filename="../app/core/ApiCodec.cpp" line="+38"/>
        <source>&quot;%1&quot; is not a valid key here</source>
        <translation>«%1» no es una clave válida aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a count from 1 to %1</source>
        <translation>se esperaba un número de 1 a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid response from the server: %1</source>
        <translation>respuesta no válida del servidor: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body is larger than %1 bytes</source>
        <translation>el cuerpo ocupa más de %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>no es JSON (%1 en la posición %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+329"/>
        <source>more than %1 entries</source>
        <translation>más de %1 entradas</translation>
    </message>
    <message>
        <location line="-323"/>
        <location line="+116"/>
        <location line="+211"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+177"/>
        <source>not a category id</source>
        <translation>no es un identificador de categoría</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>this month is also given by day</source>
        <translation>este mes también se da por días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the months of the first and last items must be given by day</source>
        <translation>los meses del primer y del último elemento deben darse por días</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>expected a two-letter country code</source>
        <translation>se esperaba un código de país de dos letras</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a strong entity tag</source>
        <translation>no es una ETag fuerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fewer than the changes sent</source>
        <translation>menos que los cambios enviados</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+85"/>
        <source>not a cursor</source>
        <translation>no es un cursor</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>required key is missing (null when undated)</source>
        <translation>falta una clave obligatoria (null si no tiene fecha)</translation>
    </message>
</context>
<context>
    <name>pd::ApiDataSource</name>
    <message>
        <location filename="../app/net/ApiDataSource.cpp" line="+37"/>
        <source>not signed in to %1: run `privacy-dashboard-cli --server URL login`, sign in from the app, or give a token (--token-file FILE or PRIVACY_DASHBOARD_TOKEN)</source>
        <translation>no has iniciado sesión en %1: ejecuta `privacy-dashboard-cli --server URL login`, inicia sesión desde la aplicación o indica un token (--token-file FICHERO o PRIVACY_DASHBOARD_TOKEN)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A change waiting to be sent could not be read and was dropped (%1).</source>
        <translation>Un cambio pendiente de envío no se pudo leer y se descartó (%1).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+174"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>invalid response from the server: its history holds %1 changes, its summary counted %2</source>
        <translation>respuesta no válida del servidor: su historial contiene %1 cambios y su resumen contó %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>invalid policy from the server: %1</source>
        <translation>política no válida del servidor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server sent policy %1 %2 for %3 %4</source>
        <translation>el servidor envió la política %1 %2 para %3 %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid response from the server: its ledger gives a month as a total where days are needed</source>
        <translation>respuesta no válida del servidor: su registro da un mes como total donde hacen falta los días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid response from the server: its opt-out state disagrees with its history</source>
        <translation>respuesta no válida del servidor: su estado de exclusión no coincide con su historial</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>a change is already on its way to the server; wait for its answer</source>
        <translation>ya hay un cambio de camino al servidor; espera su respuesta</translation>
    </message>
</context>
<context>
    <name>pd::ArchiveDataSource</name>
    <message>
        <location filename="../app/archive/ArchiveDataSource.cpp" line="+143"/>
        <source>An archive is a copy of your data; it cannot change the setting. Change it on the platform&apos;s page: %1</source>
        <translation>Un archivo es una copia de tus datos; no puede cambiar el ajuste. Cámbialo en la página de la plataforma: %1</translation>
    </message>
</context>
<context>
    <name>pd::CategoriesContent</name>
    <message>
        <location filename="../ui/CategoriesPage.ui" line="+9"/>
        <source>Each category of your activity, how many items it holds, and whether the platform&apos;s policy uses it to train generative-AI models. Select a row to see what the category covers and why.</source>
        <translation>Cada categoría de tu actividad, cuántos elementos contiene y si la política de la plataforma la usa para entrenar modelos de IA generativa. Selecciona una fila para ver qué abarca la categoría y por qué.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Categories of your data</source>
        <translation>Categorías de tus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per category: items, first and last activity, whether it is used for AI training, and how many items may have been used. Sortable by any column.</source>
        <translation>Una fila por categoría: elementos, primera y última actividad, si se usa para entrenar IA y cuántos elementos pueden haberse usado. Se puede ordenar por cualquier columna.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About this category</source>
        <translation>Sobre esta categoría</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open the policy &amp;source</source>
        <translation>Abrir la &amp;fuente de la política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the policy source</source>
        <translation>Abrir la fuente de la política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the platform&apos;s page this classification comes from in your browser</source>
        <translation>Abre en tu navegador la página de la plataforma de la que procede esta clasificación</translation>
    </message>
</context>
<context>
    <name>pd::CategoriesModel</name>
    <message>
        <location filename="../ui/CategoriesModel.cpp" line="+127"/>
        <source>Items %1 that existed while training was allowed; not counted in &quot;may have been used&quot;</source>
        <translation>Elementos %1 que existían mientras se permitía el entrenamiento; no se cuentan en «pueden haberse usado»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI training</source>
        <translation>Entrenamiento de IA</translation>
    </message>
</context>
<context>
    <name>pd::CategoriesPage</name>
    <message>
        <location filename="../ui/CategoriesPage.cpp" line="+21"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Category columns</source>
        <translation>Columnas de categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate a column header to sort the table by it</source>
        <translation>Activa un encabezado de columna para ordenar la tabla por ella</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show &amp;items</source>
        <translation>Ver &amp;elementos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the list of this category&apos;s items (Enter in the table)</source>
        <translation>Abre la lista de los elementos de esta categoría (Intro en la tabla)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter or a double click lists the category&apos;s items.</source>
        <translation>Intro o un doble clic muestra los elementos de la categoría.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No categories</source>
        <translation>No hay categorías</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 holds no activity for this member.</source>
        <translation>%1 no tiene actividad de este miembro.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a category</source>
        <translation>Selecciona una categoría</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Used for generative-AI training while you are opted in.</source>
        <translation>Se usa para entrenar IA generativa mientras no te excluyas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not used for generative-AI training.</source>
        <translation>No se usa para entrenar IA generativa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: the platform neither lists it as used nor excludes it. Its items are shown apart, %1, and are not counted as &quot;may have been used&quot;.</source>
        <translation>Desconocido: la plataforma ni la incluye entre los datos usados ni la excluye. Sus elementos se muestran aparte, %1, y no se cuentan como «pueden haberse usado».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What it covers: %1</source>
        <translation>Qué abarca: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category is not in the policy document.</source>
        <translation>Esta categoría no está en el documento de la política.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 items: %2 existed while training was allowed (%3), %4 not used. First %5, last %6.</source>
        <translation>%1 elementos: %2 existían mientras se permitía el entrenamiento (%3), %4 no se usaron. Primero %5, último %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 items: %2 may have been used, %3 not used. First %4, last %5.</source>
        <translation>%1 elementos: %2 pueden haberse usado, %3 no se usaron. Primero %4, último %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the items of %1</source>
        <translation>Ver los elementos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the %1 items of %2</source>
        <translation>Ver los %1 elementos de %2</translation>
    </message>
</context>
<context>
    <name>pd::ConfirmOptInDialog</name>
    <message>
        <location filename="../ui/ConfirmOptInDialog.cpp" line="+28"/>
        <location line="+4"/>
        <source>Turn on AI training on your data?</source>
        <translation>¿Activar el entrenamiento de IA con tus datos?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Confirm: turn on AI training on your data</source>
        <translation>Confirmar: activar el entrenamiento de IA con tus datos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>• Turning training off again later stops future training only; models trained in the meantime keep what they learned.</source>
        <translation>• Si más adelante vuelves a desactivarlo, solo se detiene el entrenamiento futuro; los modelos entrenados mientras tanto conservan lo que aprendieron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn training &amp;on</source>
        <translation>&amp;Activar el entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn training on</source>
        <translation>Activar el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the server to allow AI training on your data</source>
        <translation>Pide al servidor que permita entrenar IA con tus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it off</source>
        <translation>&amp;Mantenerlo desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep training off</source>
        <translation>Mantener el entrenamiento desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this question and changes nothing</source>
        <translation>Cierra esta pregunta sin cambiar nada</translation>
    </message>
</context>
<context>
    <name>pd::ConfirmOptOutDialog</name>
    <message>
        <location filename="../ui/ConfirmOptOutDialog.ui" line="+6"/>
        <location line="+9"/>
        <source>Turn off AI training on your data?</source>
        <translation>¿Desactivar el entrenamiento de IA con tus datos?</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Confirm: turn off AI training on your data</source>
        <translation>Confirmar: desactivar el entrenamiento de IA con tus datos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>• Training on your data stops from now on.</source>
        <translation>• El entrenamiento con tus datos se detiene a partir de ahora.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Other controls this does not cover</source>
        <translation>Otros controles que esto no abarca</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmOptOutDialog.cpp" line="+26"/>
        <source>• Models already trained are not retrained: %1 of your items may already be in them, and turning training off does not take them out.</source>
        <translation>• Los modelos ya entrenados no se vuelven a entrenar: %1 de tus elementos pueden estar ya en ellos, y desactivar el entrenamiento no los saca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• Other controls this does not cover:</source>
        <translation>• Otros controles que esto no abarca:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turn training &amp;off</source>
        <translation>&amp;Desactivar el entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn training off</source>
        <translation>Desactivar el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the server to stop AI training on your data from now on</source>
        <translation>Pide al servidor que deje de entrenar IA con tus datos a partir de ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it on</source>
        <translation>&amp;Mantenerlo activado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep training on</source>
        <translation>Mantener el entrenamiento activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this question and changes nothing</source>
        <translation>Cierra esta pregunta sin cambiar nada</translation>
    </message>
</context>
<context>
    <name>pd::ConnectDialog</name>
    <message>
        <location filename="../ui/ConnectDialog.ui" line="+6"/>
        <location line="+1"/>
        <source>Choose a data source</source>
        <translation>Elige una fuente de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where should the dashboard read your data from? You can change this later with File › Connect.</source>
        <translation>¿De dónde debe leer tus datos el panel? Puedes cambiarlo después con Archivo › Conectar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &amp;demo member (bundled data, no network)</source>
        <translation>El miembro de &amp;demostración (datos incluidos, sin red)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo member</source>
        <translation>Miembro de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the bundled demo data; the setting cannot be changed</source>
        <translation>Muestra los datos de demostración incluidos; el ajuste no se puede cambiar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My &amp;server (Member Privacy API)</source>
        <translation>Mi &amp;servidor (Member Privacy API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My server</source>
        <translation>Mi servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads your data from a Member Privacy API server over HTTPS</source>
        <translation>Lee tus datos de un servidor Member Privacy API por HTTPS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://127.0.0.1:8443</source>
        <translation>https://127.0.0.1:8443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https address of the Member Privacy API server</source>
        <translation>La dirección https del servidor Member Privacy API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de la &amp;CA:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system&apos;s trusted certificates</source>
        <translation>los certificados de confianza del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>Archivo del certificado de la CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file with the certificate authority to trust for this server; empty for the system&apos;s</source>
        <translation>Un archivo PEM con la autoridad de certificación en la que confiar para este servidor; vacío para usar las del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the CA certificate file</source>
        <translation>Buscar el archivo del certificado de la CA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Token file:</source>
        <translation>Archivo del &amp;token:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file holding your access token</source>
        <translation>El archivo que contiene tu token de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holding your access token; leave it empty if your access token is already set up on this computer</source>
        <translation>El archivo que contiene tu token de acceso; déjalo vacío si tu token de acceso ya está configurado en este ordenador</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/ConnectDialog.cpp" line="+70"/>
        <source>Token file</source>
        <translation>Archivo del token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bro&amp;wse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the token file</source>
        <translation>Buscar el archivo del token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token itself is never stored in the settings, only the file&apos;s name.</source>
        <translation>El token nunca se guarda en los ajustes; solo el nombre del archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect to &amp;LinkedIn (EEA and Switzerland)</source>
        <translation>Conectar con &amp;LinkedIn (EEE y Suiza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to LinkedIn (EEA and Switzerland)</source>
        <translation>Conectar con LinkedIn (EEE y Suiza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads your data live from LinkedIn&apos;s Member Data Portability API with a token you generate for your own data; read-only</source>
        <translation>Lee tus datos en directo de la Member Data Portability API de LinkedIn con un token que generas para tus propios datos; solo lectura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access to&amp;ken:</source>
        <translation>To&amp;ken de acceso:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste the token you generated for your own data</source>
        <translation>Pega el token que generaste para tus propios datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn access token</source>
        <translation>Token de acceso de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access token of your own developer application; it is never shown again after you connect</source>
        <translation>El token de acceso de tu propia aplicación de desarrollador; no se vuelve a mostrar después de conectar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is sent to api.linkedin.com only, and never shown again.</source>
        <translation>El token se envía solo a api.linkedin.com y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How do I get a &amp;token?</source>
        <translation>¿Cómo consigo un &amp;token?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do I get a token</source>
        <translation>Cómo consigo un token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the step-by-step guide to getting a token</source>
        <translation>Abre la guía paso a paso para obtener un token</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Or read the copy of your data you downloaded from LinkedIn (“Get a copy of your data”), offline:</source>
        <translation>O lee sin conexión la copia de tus datos que descargaste de LinkedIn («Obtener una copia de tus datos»):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open my data e&amp;xport…</source>
        <translation>Abrir mi e&amp;xportación de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my data export</source>
        <translation>Abrir mi exportación de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the ZIP file of your data export; it is read on this computer only</source>
        <translation>Elige el archivo ZIP de tu exportación de datos; solo se lee en este ordenador</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="-49"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+73"/>
        <source>A token is saved; paste a new one only to replace it</source>
        <translation>Hay un token guardado; pega uno nuevo solo para reemplazarlo</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Sign in with browser…</source>
        <translation>&amp;Iniciar sesión con el navegador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The token is sent to %1 only, and never shown again.</source>
        <translation>El token se envía solo a %1 y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Paste the access token you generated for your own data (see “How do I get a token?”).</source>
        <translation>Pega el token de acceso que generaste para tus propios datos (consulta «¿Cómo consigo un token?»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token is one line; paste it again without line breaks.</source>
        <translation>El token es una sola línea; vuelve a pegarlo sin saltos de línea.</translation>
    </message>
</context>
<context>
    <name>pd::CsvReportWriter</name>
    <message>
        <location filename="../app/report/CsvReportWriter.cpp" line="+86"/>
        <source>category_id</source>
        <translation>id_categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ai_training</source>
        <translation>entrenamiento_ia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first_activity</source>
        <translation>primera_actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last_activity</source>
        <translation>ultima_actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>may_have_been_used</source>
        <translation>pueden_haberse_usado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exposed_if_used</source>
        <translation>expuestos_si_se_usan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not_used</source>
        <translation>no_usados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>future_use</source>
        <translation>uso_futuro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>as_of</source>
        <translation>fecha_datos</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>policy_version</source>
        <translation>version_politica</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>changed_at</source>
        <translation>cambiado_el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opted_out</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confirmation_id</source>
        <translation>id_confirmacion</translation>
    </message>
</context>
<context>
    <name>pd::CurlTransport</name>
    <message>
        <location filename="../app/net/CurlTransport.cpp" line="+164"/>
        <source>the request was cancelled</source>
        <translation>la petición se canceló</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>the connection closed in the middle of the answer&apos;s headers</source>
        <translation>la conexión se cerró en mitad de las cabeceras de la respuesta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the response from %1 is larger than %2 bytes</source>
        <translation>la respuesta de %1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>libcurl refused a required setting: %1</source>
        <translation>libcurl rechazó un ajuste necesario: %1</translation>
    </message>
</context>
<context>
    <name>pd::DemoDataSource</name>
    <message>
        <location filename="../app/core/DemoDataSource.cpp" line="+53"/>
        <source>The demo member is read-only: the setting cannot be changed here. Connect to your own account to change it.</source>
        <translation>El miembro de demostración es de solo lectura: aquí no se puede cambiar el ajuste. Conéctate a tu propia cuenta para cambiarlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bundled demo member</source>
        <translation>miembro de demostración incluido</translation>
    </message>
</context>
<context>
    <name>pd::EncryptedCache</name>
    <message>
        <location filename="../app/secrets/EncryptedCache.cpp" line="+102"/>
        <source>Nothing is kept between sessions: %1</source>
        <translation>No se guarda nada entre sesiones: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no folder for the cache (no home folder?)</source>
        <translation>no hay carpeta para la caché (¿no hay carpeta personal?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the system&apos;s random number generator failed</source>
        <translation>falló el generador de números aleatorios del sistema</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the cache key could not be derived</source>
        <translation>no se pudo derivar la clave de la caché</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the cache could not be encrypted</source>
        <translation>no se pudo cifrar la caché</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>cannot delete %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
</context>
<context>
    <name>pd::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+5"/>
        <location line="+1"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>What to save</source>
        <translation>Qué guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report to read or print (PDF)</source>
        <translation>&amp;Informe para leer o imprimir (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report to read or print, as PDF</source>
        <translation>Informe para leer o imprimir, en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as a &amp;web page</source>
        <translation>Informe como página &amp;web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report as a web page</source>
        <translation>Informe como página web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures for a &amp;spreadsheet (two CSV files)</source>
        <translation>Cifras para una &amp;hoja de cálculo (dos archivos CSV)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for a spreadsheet</source>
        <translation>Cifras para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures for other &amp;programs (JSON)</source>
        <translation>Cifras para otros &amp;programas (JSON)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures for other programs</source>
        <translation>Cifras para otros programas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter objecting to the use of your data, as P&amp;DF</source>
        <translation>Carta de oposición al uso de tus datos, en P&amp;DF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter objecting to the use of your data, as PDF</source>
        <translation>Carta de oposición al uso de tus datos, en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter objecting to the use of your data, as &amp;text</source>
        <translation>Carta de oposición al uso de tus datos, en &amp;texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter objecting to the use of your data, as text</source>
        <translation>Carta de oposición al uso de tus datos, en texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;aper size:</source>
        <translation>Tamaño del p&amp;apel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the PDF documents</source>
        <translation>Para los documentos PDF</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+16"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save it next</source>
        <translation>Elige a continuación dónde guardarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>pd::ForgetEverything</name>
    <message>
        <location filename="../app/secrets/ForgetEverything.cpp" line="+23"/>
        <source>cannot delete %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not everything was forgotten: %1</source>
        <translation>No se olvidó todo: %1</translation>
    </message>
</context>
<context>
    <name>pd::HelpDialog</name>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="+19"/>
        <location line="+30"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+56"/>
        <source>What these numbers mean</source>
        <translation>Qué significan estas cifras</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next or previous control: the toolbar, the list of pages, then the page&apos;s buttons and tables</source>
        <translation>Pasar al control siguiente o anterior: la barra de herramientas, la lista de páginas y luego los botones y las tablas de la página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space or Enter</source>
        <translation>Espacio o Intro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the button or switch that has the focus ring</source>
        <translation>Usar el botón o el interruptor que tiene el foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, Down</source>
        <translation>Flecha arriba, flecha abajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move through the list of pages or the rows of a table</source>
        <translation>Recorrer la lista de páginas o las filas de una tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the button or menu with that letter underlined</source>
        <translation>Usar el botón o el menú que tiene esa letra subrayada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+U</source>
        <translation>Alt+U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the Opt-out page: the training switch (it asks first)</source>
        <translation>En la página Exclusión: el interruptor del entrenamiento (pregunta antes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a question or dialog without changing anything</source>
        <translation>Cerrar una pregunta o un cuadro de diálogo sin cambiar nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F10 or Alt</source>
        <translation>F10 o Alt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the menus</source>
        <translation>Abrir los menús</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dashboard answers one question: which of your items may already have been used to train generative-AI models, and which are safe. It works it out from the platform&apos;s published policy and the dates of your own items.</source>
        <translation>El panel responde a una pregunta: cuáles de tus elementos pueden haberse usado ya para entrenar modelos de IA generativa y cuáles están a salvo. Lo calcula a partir de la política publicada de la plataforma y de las fechas de tus propios elementos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When training was allowed</source>
        <translation>Cuándo se permitía el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training was allowed on your data while a policy covered your country and you were opted in. The setting is on by default, so until you first opted out you were opted in. Opting out ends this time; it does not undo training that has already taken place.</source>
        <translation>Se permitía entrenar con tus datos mientras una política abarcaba tu país y participabas. El ajuste está activado por defecto, así que participabas hasta que te excluiste por primera vez. Excluirte pone fin a este periodo; no deshace el entrenamiento que ya se haya producido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items of the kinds the platform says it uses (posts, comments, your profile and others) that already existed while training was allowed. We cannot know whether a model actually used them: this is the most the published policy allows, which is why we say “may”.</source>
        <translation>Elementos de los tipos que la plataforma dice que usa (publicaciones, comentarios, tu perfil y otros) que ya existían mientras se permitía el entrenamiento. No podemos saber si un modelo los usó realmente: esto es lo máximo que permite la política publicada, y por eso decimos «pueden».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In categories the platform has not said either way</source>
        <translation>De categorías que la plataforma no aclara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items of kinds the platform neither lists as used nor excludes, such as reactions, searches or connections, that existed while training was allowed. They would have been exposed if the platform uses that kind of data. As it has not said so, they are counted apart and never added to “may have been used”.</source>
        <translation>Elementos de tipos que la plataforma ni incluye entre los usados ni excluye, como reacciones, búsquedas o contactos, que existían mientras se permitía el entrenamiento. Habrían quedado expuestos si la plataforma usa ese tipo de datos. Como no lo ha dicho, se cuentan aparte y nunca se suman a «pueden haberse usado».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything else: items you created while opted out or before any policy applied to you, and items of kinds the platform says it does not use, such as private messages or payments. Every item is counted in exactly one of these three figures.</source>
        <translation>Todo lo demás: elementos que creaste mientras estabas excluido o antes de que se te aplicara alguna política, y elementos de tipos que la plataforma dice que no usa, como mensajes privados o pagos. Cada elemento se cuenta exactamente en una de estas tres cifras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Future use</source>
        <translation>Uso futuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Yes” while you are opted in and a policy covers your country today: your new items can still be used. “No” once you opt out, or where no policy covers your country.</source>
        <translation>«Sí» mientras participas y hoy una política abarca tu país: tus nuevos elementos todavía pueden usarse. «No» en cuanto te excluyes, o donde ninguna política abarca tu país.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item dated on the day you opted out counts as “may have been used”, because we cannot tell whether it came before or after your click. Items without a date, such as skills, count as existing all along. Deleted items are not counted: sources list only what exists now.</source>
        <translation>Un elemento con fecha del día en que te excluiste cuenta como «pueden haberse usado», porque no podemos saber si fue antes o después de tu clic. Los elementos sin fecha, como las aptitudes, cuentan como existentes desde siempre. Los elementos eliminados no se cuentan: las fuentes solo enumeran lo que existe ahora.</translation>
    </message>
</context>
<context>
    <name>pd::HttpReply</name>
    <message>
        <location filename="../app/net/HttpTransport.cpp" line="+68"/>
        <source>the request was cancelled</source>
        <translation>la petición se canceló</translation>
    </message>
</context>
<context>
    <name>pd::ImportQuestionsDialog</name>
    <message>
        <location filename="../ui/ImportQuestionsDialog.ui" line="+6"/>
        <location line="+1"/>
        <source>Before reading your data export</source>
        <translation>Antes de leer tu exportación de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your data export does not record two things the figures depend on. Answer what you know; you can open the export again to change them.</source>
        <translation>Tu exportación de datos no recoge dos cosas de las que dependen las cifras. Responde lo que sepas; puedes volver a abrir la exportación para cambiarlas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your &amp;country:</source>
        <translation>Tu &amp;país:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your country</source>
        <translation>Tu país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which country&apos;s rules apply to you; the first entry reads it from your profile in the export when it can</source>
        <translation>Qué normas de qué país se te aplican; la primera opción lo lee de tu perfil en la exportación cuando puede</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Did you turn off &quot;Data for Generative AI Improvement&quot;?</source>
        <translation>¿Desactivaste «Datos para mejorar la IA generativa»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;No, never (the platform&apos;s default is on)</source>
        <translation>&amp;No, nunca (la plataforma lo activa por defecto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never opted out</source>
        <translation>Nunca me excluí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Yes, on</source>
        <translation>&amp;Sí, el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out on a date</source>
        <translation>Me excluí en una fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day you opted out</source>
        <translation>Día en que te excluiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you turned the setting off; items made before it may have been used</source>
        <translation>El día en que desactivaste el ajuste; los elementos creados antes pueden haberse usado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sure? Keep &quot;No&quot;: the figures then show the most that may have been used.</source>
        <translation>¿No estás seguro? Deja «No»: así las cifras muestran lo máximo que puede haberse usado.</translation>
    </message>
    <message>
        <location filename="../ui/ImportQuestionsDialog.cpp" line="+36"/>
        <source>&amp;Read the export</source>
        <translation>&amp;Leer la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before reading your data from LinkedIn</source>
        <translation>Antes de leer tus datos de LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn&apos;s API does not show your AI-training setting, so its state is unknown here. Tell us what you know: the dashboard shows it as your answer, and you can check it on the platform&apos;s page: %1</source>
        <translation>La API de LinkedIn no muestra tu ajuste de entrenamiento de IA, así que aquí su estado es desconocido. Dinos lo que sepas: el panel lo muestra como tu respuesta, y puedes comprobarlo en la página de la plataforma: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read it from my profile in the export</source>
        <translation>Leerlo de mi perfil en la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pd::ImportReport</name>
    <message>
        <location filename="../app/archive/ImportReport.cpp" line="+45"/>
        <source>region %1 (given)</source>
        <translation>región %1 (indicada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region %1 (inferred from %2)</source>
        <translation>región %1 (deducida de %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>region not inferred; pass --region</source>
        <translation>región no deducida; indícala con --region</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1: %2 files read (%3 rows, %4 undated, %5 with an unreadable date), %6 not recognised, %7 rows skipped, %8.
</source>
        <translation>Importado %1: %2 archivos leídos (%3 filas, %4 sin fecha, %5 con una fecha ilegible), %6 no reconocidos, %7 filas omitidas, %8.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  %1 → %2: %3 rows</source>
        <translation>  %1 → %2: %3 filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 undated)</source>
        <translation> (%1 sin fecha)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 with an unreadable date</source>
        <translation>, %1 con una fecha ilegible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 download links (not items)</source>
        <translation>, %1 enlaces de descarga (no son elementos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 skipped</source>
        <translation>, %1 omitidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 lines without a date joined to the row above</source>
        <translation>, %1 líneas sin fecha unidas a la fila anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 rows with invalid UTF-8</source>
        <translation>, %1 filas con UTF-8 no válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  not recognised: </source>
        <translation>  no reconocidos: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ignored %1: %2
</source>
        <translation>  ignorado %1: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  undated %1 line %2: %3
</source>
        <translation>  sin fecha %1 línea %2: %3
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  … and %1 more rows counted undated
</source>
        <translation>  … y %1 filas más contadas sin fecha
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  skipped %1 line %2: %3
</source>
        <translation>  omitida %1 línea %2: %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  … and %1 more skipped rows
</source>
        <translation>  … y %1 filas omitidas más
</translation>
    </message>
</context>
<context>
    <name>pd::ImportReportDialog</name>
    <message>
        <location filename="../ui/ImportReportDialog.ui" line="+6"/>
        <location line="+1"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parts of the import report</source>
        <translation>Partes del informe de importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Files read</source>
        <translation>Archivos leídos</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>None: no file of the export held anything to count.</source>
        <translation>Ninguno: ningún archivo de la exportación contenía nada que contar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Files not recognised</source>
        <translation>Archivos no reconocidos</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>None: every file in the export was recognised.</source>
        <translation>Ninguno: se reconocieron todos los archivos de la exportación.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Rows with unreadable values</source>
        <translation>Filas con valores ilegibles</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>None: every value in the files read could be read.</source>
        <translation>Ninguna: se pudieron leer todos los valores de los archivos leídos.</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="+39"/>
        <source>Close the import report</source>
        <translation>Cerrar el informe de importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data export %1.
Files read: %2, with %3 items.
Files not recognised, left out: %4.
Rows with a value that could not be read: %5 (an unreadable date counts the item without a date; a row that cannot be read at all is left out).</source>
        <translation>Tu exportación de datos %1.
Archivos leídos: %2, con %3 elementos.
Archivos no reconocidos, omitidos: %4.
Filas con un valor que no se pudo leer: %5 (una fecha ilegible cuenta el elemento como sin fecha; una fila que no se puede leer en absoluto se omite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary of the import</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without a date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files read (%1)</source>
        <translation>Archivos leídos (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Files not recognised (%1)</source>
        <translation>Archivos no reconocidos (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counted without a date: %1</source>
        <translation>contado sin fecha: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left out: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows with unreadable values (%1)</source>
        <translation>Filas con valores ilegibles (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first %1 of the rows that could not be read are listed.</source>
        <translation>Se muestran las primeras %1 filas que no se pudieron leer.</translation>
    </message>
</context>
<context>
    <name>pd::ItemsModel</name>
    <message>
        <location filename="../ui/ItemsModel.cpp" line="+186"/>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (since %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the item existed while training was allowed, since %2</source>
        <translation>%1: el elemento existía mientras el entrenamiento estaba permitido, desde el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the item existed while training was allowed, from %2 to %3</source>
        <translation>%1: el elemento existía mientras el entrenamiento estaba permitido, del %2 al %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no link)</source>
        <translation>(sin enlace)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the item may have been used to train AI models, and the training window during which it existed</source>
        <translation>Si el elemento puede haberse usado para entrenar modelos de IA, y el periodo de entrenamiento durante el que existía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first characters of the item&apos;s text</source>
        <translation>Los primeros caracteres del texto del elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
</context>
<context>
    <name>pd::ItemsPage</name>
    <message>
        <location filename="../ui/ItemsPage.cpp" line="+72"/>
        <source>The items behind the figures</source>
        <translation>Los elementos detrás de las cifras</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search in the text</source>
        <translation>Buscar en el texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search in the items&apos; text</source>
        <translation>Buscar en el texto de los elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list shows the items whose text or link holds these words</source>
        <translation>La lista muestra los elementos cuyo texto o enlace contiene estas palabras</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the items of one category, or of all</source>
        <translation>Muestra los elementos de una categoría, o de todas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the items that may have been used, that were not used, or all</source>
        <translation>Muestra los elementos que pueden haberse usado, los que no se usaron, o todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day of the items shown; the lowest value means any day</source>
        <translation>El primer día de los elementos mostrados; el valor más bajo significa cualquier día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last day of the items shown; the lowest value means any day</source>
        <translation>El último día de los elementos mostrados; el valor más bajo significa cualquier día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>Clear the search and the filters</source>
        <translation>Quitar la búsqueda y los filtros</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per item: date, category, status, the start of its text and its link. Enter opens the item on the platform, Ctrl+C copies its link, the context menu has both.</source>
        <translation>Una fila por elemento: fecha, categoría, estado, el comienzo de su texto y su enlace. Intro abre el elemento en la plataforma, Ctrl+C copia su enlace; el menú contextual tiene ambos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item columns</source>
        <translation>Columnas de elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate a column header to sort the list by it</source>
        <translation>Activa un encabezado de columna para ordenar la lista por ella</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show all items</source>
        <translation>Ver todos los elementos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open on %1</source>
        <translation>&amp;Abrir en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected item on %1</source>
        <translation>Abrir el elemento seleccionado en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the item&apos;s page in your browser (Enter in the list)</source>
        <translation>Abre la página del elemento en tu navegador (Intro en la lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;iar enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected item&apos;s link</source>
        <translation>Copiar el enlace del elemento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the link on the clipboard (Ctrl+C in the list)</source>
        <translation>Pone el enlace en el portapapeles (Ctrl+C en la lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget this e&amp;xport…</source>
        <translation>Olvidar esta e&amp;xportación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the items of this data export</source>
        <translation>Olvidar los elementos de esta exportación de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the items&apos; text and links from this app&apos;s memory; the figures stay</source>
        <translation>Quita el texto y los enlaces de los elementos de la memoria de esta aplicación; las cifras se mantienen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+306"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of 1 item</source>
        <translation>%1 de 1 elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 elementos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the items behind the figures…</source>
        <translation>Cargando los elementos detrás de las cifras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The items were forgotten</source>
        <translation>Los elementos se han olvidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of your data export are no longer in this app&apos;s memory; the figures on the other pages stay. Open the export again (File › Open data export…) to list them again.</source>
        <translation>Los elementos de tu exportación de datos ya no están en la memoria de esta aplicación; las cifras de las demás páginas se mantienen. Vuelve a abrir la exportación (Archivo › Abrir exportación de datos…) para verlos de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item list</source>
        <translation>Sin lista de elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source has no item list: %1</source>
        <translation>Esta fuente no tiene lista de elementos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it gives the figures only.</source>
        <translation>solo da las cifras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counted in the figures but not listed, as their items carry no text: %1.</source>
        <translation>Contados en las cifras pero no listados, porque sus elementos no tienen texto: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No item list for %1</source>
        <translation>Sin lista de elementos para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source has no item list for %1: its %2 items are counted in the figures, but %3 gives no text or link for them.</source>
        <translation>Esta fuente no tiene lista de elementos para %1: sus %2 elementos se cuentan en las cifras, pero %3 no da texto ni enlace para ellos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No items</source>
        <translation>Sin elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source lists no items.</source>
        <translation>Esta fuente no lista ningún elemento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No items match</source>
        <translation>Ningún elemento coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item matches the search and the filters. Show all %1 items, or change the filters above.</source>
        <translation>Ningún elemento coincide con la búsqueda y los filtros. Muestra los %1 elementos, o cambia los filtros de arriba.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open on %1</source>
        <translation>Abrir en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Forget this export</source>
        <translation>Olvidar esta exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the %1 items read from your data export? Their text and links leave this app&apos;s memory now; the figures on the other pages stay. To list them again, open the export again.</source>
        <translation>¿Olvidar los %1 elementos leídos de tu exportación de datos? Su texto y sus enlaces salen ahora de la memoria de esta aplicación; las cifras de las demás páginas se mantienen. Para verlos de nuevo, vuelve a abrir la exportación.</translation>
    </message>
</context>
<context>
    <name>pd::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes when you next start Privacy Dashboard.</source>
        <translation>El idioma cambiará la próxima vez que inicies Privacy Dashboard.</translation>
    </message>
</context>
<context>
    <name>pd::LinkedInSnapshotSource</name>
    <message>
        <location filename="../app/net/LinkedInSnapshotSource.cpp" line="+24"/>
        <source>%1 did not give the whole snapshot within %2 s</source>
        <translation>%1 no entregó todos los datos en %2 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the token was refused or has expired; generate a new one</source>
        <translation>el token fue rechazado o ha caducado; genera uno nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn&apos;s Member Data Portability API (%1)</source>
        <translation>La Member Data Portability API de LinkedIn (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform&apos;s API does not show or change the AI-training setting. Check or change it on the platform&apos;s page: %1</source>
        <translation>La API de la plataforma no muestra ni cambia el ajuste de entrenamiento de IA. Compruébalo o cámbialo en la página de la plataforma: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a page of the answer from %1 is larger than %2 MB; refused</source>
        <translation>una página de la respuesta de %1 supera los %2 MB; rechazada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the answer&apos;s next page is on another host (%1); not followed, the token was not sent there</source>
        <translation>la página siguiente de la respuesta está en otro servidor (%1); no se siguió y el token no se envió allí</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the snapshot has more than %1 pages; stopped</source>
        <translation>los datos tienen más de %1 páginas; detenido</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the answer from %1 is not a JSON object</source>
        <translation>la respuesta de %1 no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the policy does not map the platform API&apos;s domains (apiDomains)</source>
        <translation>la política no asigna los dominios de la API de la plataforma (apiDomains)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a page of the snapshot holds more than %1 records; refused</source>
        <translation>una página de los datos contiene más de %1 registros; rechazada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the snapshot holds more than %1 records; stopped</source>
        <translation>los datos contienen más de %1 registros; detenido</translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+6"/>
        <source>Privacy Dashboard</source>
        <translation>Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a page: Overview, Categories, Opt-out, Policy or Items (Ctrl+1 to Ctrl+5)</source>
        <translation>Elige una página: Resumen, Categorías, Exclusión, Política o Elementos (Ctrl+1 a Ctrl+5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where your data comes from: the demo member or your server</source>
        <translation>Elige de dónde vienen tus datos: el miembro de demostración o tu servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data export…</source>
        <translation>&amp;Abrir exportación de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse your own data-export ZIP, offline</source>
        <translation>Analiza sin conexión el ZIP de tu propia exportación de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import re&amp;port…</source>
        <translation>Informe de im&amp;portación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the last data-export import read and left out</source>
        <translation>Qué leyó y qué omitió la última importación de una exportación de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a report of your figures, or the letter objecting to the use of your data</source>
        <translation>Guarda un informe de tus cifras o la carta de oposición al uso de tus datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Privacy Dashboard</source>
        <translation>Salir de Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch your data again (F5)</source>
        <translation>Vuelve a obtener tus datos (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the overview</source>
        <translation>Mostrar el resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the categories of your data</source>
        <translation>Mostrar las categorías de tus datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opt-&amp;out</source>
        <translation>E&amp;xclusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the training setting</source>
        <translation>Mostrar el ajuste de entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Policy</source>
        <translation>&amp;Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the policy timeline for your region</source>
        <translation>Mostrar la cronología de la política para tu región</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What these numbers mean</source>
        <translation>&amp;Qué significan estas cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &quot;may have been used&quot;, &quot;not said either way&quot; and &quot;not used&quot; mean</source>
        <translation>Qué significan «pueden haberse usado», «sin pronunciamiento» y «no usados»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key the dashboard answers to</source>
        <translation>Todas las teclas a las que responde el panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Privacy Dashboard</source>
        <translation>&amp;Acerca de Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About this application</source>
        <translation>Acerca de esta aplicación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+62"/>
        <source>Choose where your data comes from with File › Connect (Ctrl+K), or open your data export with File › Open data export… (Ctrl+O).</source>
        <translation>Elige de dónde vienen tus datos con Archivo › Conectar (Ctrl+K), o abre tu exportación de datos con Archivo › Abrir exportación de datos… (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opt-out</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Items</source>
        <translation>&amp;Elementos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the items behind the figures: your posts, comments and answers</source>
        <translation>Ver los elementos detrás de las cifras: tus publicaciones, comentarios y respuestas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The items of your data export were forgotten; the figures stay.</source>
        <translation>Los elementos de tu exportación de datos se han olvidado; las cifras se mantienen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign &amp;in to the server…</source>
        <translation>&amp;Iniciar sesión en el servidor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading your data export</source>
        <translation>Leyendo tu exportación de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel reading the data export</source>
        <translation>Cancelar la lectura de la exportación de datos</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+327"/>
        <location line="+395"/>
        <source>No data source yet</source>
        <translation>Aún no hay fuente de datos</translation>
    </message>
    <message>
        <location line="-671"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in to %1</source>
        <translation>Sesión iniciada en %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are signed out of %1. Sign in again from the File menu or the Connect dialog.</source>
        <translation>Has cerrado la sesión en %1. Vuelve a iniciarla desde el menú Archivo o el diálogo Conectar.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>it gives the figures only, not the items behind them.</source>
        <translation>solo da las cifras, no los elementos detrás de ellas.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the items could not be loaded. %1</source>
        <translation>no se pudieron cargar los elementos. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+512"/>
        <source>Cannot open the data export</source>
        <translation>No se puede abrir la exportación de datos</translation>
    </message>
    <message>
        <location line="-492"/>
        <source>Cannot open the data source</source>
        <translation>No se puede abrir la fuente de datos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing since %1 (LinkedIn&apos;s Member Changelog API)</source>
        <translation>Nada desde el %1 (Member Changelog API de LinkedIn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since %1: %2 (LinkedIn&apos;s Member Changelog API)</source>
        <translation>Desde el %1: %2 (Member Changelog API de LinkedIn)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading your data from %1…</source>
        <translation>Cargando tus datos de %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>Kept for this session only</source>
        <translation>Guardado solo durante esta sesión</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — Privacy Dashboard</source>
        <translation>%1 — Privacy Dashboard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · as of %2, kept on this computer · loading the current data…</source>
        <translation>%1 · a fecha de %2, guardado en este ordenador · cargando los datos actuales…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · as of %2</source>
        <translation>%1 · a fecha de %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>As of %1 (offline). %2. %3</source>
        <translation>A fecha de %1 (sin conexión). %2. %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+181"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open your data export</source>
        <translation>Abrir tu exportación de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-export archives (*.zip);;All files (*)</source>
        <translation>Archivos de exportación de datos (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A data export is being read already; wait for it or cancel it.</source>
        <translation>Ya se está leyendo una exportación de datos; espera a que termine o cancélala.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The data export %1 is no longer there (moved or deleted?). Open it again from where it is now, or choose another source.</source>
        <translation>La exportación de datos %1 ya no está ahí (¿se movió o se borró?). Ábrela de nuevo desde donde esté ahora, o elige otra fuente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: it is not a ZIP file, or it is damaged. Choose the ZIP file you downloaded from LinkedIn (“Get a copy of your data”).</source>
        <translation>No se puede leer %1: no es un archivo ZIP o está dañado. Elige el archivo ZIP que descargaste de LinkedIn («Obtener una copia de tus datos»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: this is not a LinkedIn data export. It holds none of the files LinkedIn puts in one. Choose the ZIP file you downloaded from LinkedIn (“Get a copy of your data”).</source>
        <translation>%1: no es una exportación de datos de LinkedIn. No contiene ninguno de los archivos que LinkedIn incluye en ellas. Elige el archivo ZIP que descargaste de LinkedIn («Obtener una copia de tus datos»).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your data export %1 could not be read: %2.</source>
        <translation>No se pudo leer tu exportación de datos %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Reading your data export %1…</source>
        <translation>Leyendo tu exportación de datos %1…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reading the data export was cancelled; nothing changed.</source>
        <translation>Se canceló la lectura de la exportación de datos; no ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1

The data on screen is unchanged.</source>
        <translation>%1

Los datos en pantalla no han cambiado.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures for other programs (*.json)</source>
        <translation>Cifras para otros programas (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Exporting the report…</source>
        <translation>Exportando el informe…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not saved, and no file was changed. %1</source>
        <translation>No se guardó el informe y no se modificó ningún archivo. %1</translation>
    </message>
</context>
<context>
    <name>pd::MemberDataSource</name>
    <message>
        <location filename="../app/core/MemberDataSource.cpp" line="+10"/>
        <source>This source cannot list the items behind the figures.</source>
        <translation>Esta fuente no puede mostrar los elementos que hay detrás de las cifras.</translation>
    </message>
</context>
<context>
    <name>pd::MemberText</name>
    <message>
        <location filename="../app/core/MemberText.cpp" line="+54"/>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used for training</source>
        <translation>Se usa para entrenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used for training</source>
        <translation>No se usa para entrenar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: the platform has not said either way</source>
        <translation>No se sabe: la plataforma no lo aclara</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>May have been used</source>
        <translation>Pueden haberse usado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not said either way</source>
        <translation>Sin aclarar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used</source>
        <translation>No usados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not for training</source>
        <translation>No se usan para entrenar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The list holds only the first %1 items; %2 more were not kept (the figures still count them).</source>
        <translation>La lista contiene solo los primeros %1 elementos; otros %2 no se guardaron (las cifras sí los cuentan).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 items · %2 %3 · %4 %5 · %6 not used</source>
        <translation>%1 elementos · %2 %3 · %4 %5 · %6 no usados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo data (%1)</source>
        <translation>Datos de demostración (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn&apos;s API at %1</source>
        <translation>API de LinkedIn en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data export %1</source>
        <translation>Exportación de datos %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — from cache, may be out of date</source>
        <translation> — de la caché, puede no estar actualizado</translation>
    </message>
</context>
<context>
    <name>pd::MonthlyActivityModel</name>
    <message>
        <location filename="../ui/MonthlyActivityModel.cpp" line="+64"/>
        <source>Items %1 that existed while training was allowed; not counted in &quot;may have been used&quot;</source>
        <translation>Elementos %1 que existían mientras se permitía el entrenamiento; no se cuentan en «pueden haberse usado»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>pd::OAuthFlow</name>
    <message>
        <location filename="../app/net/OAuthFlow.cpp" line="+34"/>
        <source>the sign-in was not completed in the browser in time</source>
        <translation>el inicio de sesión no se completó a tiempo en el navegador</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot open a loopback port to receive the sign-in: %1</source>
        <translation>no se puede abrir un puerto local para recibir el inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sign-in was cancelled</source>
        <translation>se canceló el inicio de sesión</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+32"/>
        <source>Sign-in failed</source>
        <translation>No se pudo iniciar sesión</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The request was too long.</source>
        <translation>La petición era demasiado larga.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the browser&apos;s redirect is expected here.</source>
        <translation>Aquí solo se espera la redirección del navegador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This answer does not belong to the sign-in the app started. Start again from the app.</source>
        <translation>Esta respuesta no pertenece al inicio de sesión que empezó la aplicación. Empieza de nuevo desde la aplicación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You did not allow Privacy Dashboard. You can close this tab.</source>
        <translation>No has dado permiso a Privacy Dashboard. Puedes cerrar esta pestaña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not sign you in. You can close this tab and try again.</source>
        <translation>El servidor no inició tu sesión. Puedes cerrar esta pestaña e intentarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sign-in was not allowed in the browser</source>
        <translation>el inicio de sesión no se permitió en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused the sign-in (%1)</source>
        <translation>el servidor rechazó el inicio de sesión (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in to Privacy Dashboard. You can close this tab and return to the app.</source>
        <translation>Has iniciado sesión en Privacy Dashboard. Puedes cerrar esta pestaña y volver a la aplicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in could not be completed. Close this tab and try again from the app.</source>
        <translation>No se pudo completar el inicio de sesión. Cierra esta pestaña e inténtalo de nuevo desde la aplicación.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the sign-in has not finished</source>
        <translation>el inicio de sesión no ha terminado</translation>
    </message>
</context>
<context>
    <name>pd::ObjectionLetter</name>
    <message>
        <location filename="../app/report/ObjectionLetter.cpp" line="+20"/>
        <source>Objection to the processing of my personal data for training AI models (Art. 21 GDPR)</source>
        <translation>Oposición al tratamiento de mis datos personales para entrenar modelos de IA (art. 21 RGPD)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the platform</source>
        <translation>la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: %1, Data Protection Officer
</source>
        <translation>A: %1, Delegado de Protección de Datos
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent through: %1
</source>
        <translation>Enviado mediante: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1
</source>
        <translation>De: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member id: %1
</source>
        <translation>Id. de miembro: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence: %1
</source>
        <translation>País de residencia: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1

</source>
        <translation>Fecha: %1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: %1

</source>
        <translation>Asunto: %1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear Data Protection Officer,

</source>
        <translation>Estimado Delegado de Protección de Datos:

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I object to the processing of my personal data for developing and training artificial-intelligence models, including models that generate content and models used to personalize %1, for security, safety or anti-abuse, in so far as that processing relies on legitimate interests.</source>
        <translation>Me opongo al tratamiento de mis datos personales para desarrollar y entrenar modelos de inteligencia artificial, incluidos los modelos que generan contenido y los usados para personalizar %1 o con fines de seguridad, protección o lucha contra el abuso, en la medida en que ese tratamiento se base en el interés legítimo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> I make this objection under Article 21(1) of the General Data Protection Regulation.</source>
        <translation> Ejerzo esta oposición en virtud del artículo 21, apartado 1, del Reglamento General de Protección de Datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> I make this objection under Article 21(1) of the General Data Protection Regulation where it applies to my data, and otherwise under the data-protection law of my country of residence.</source>
        <translation> Ejerzo esta oposición en virtud del artículo 21, apartado 1, del Reglamento General de Protección de Datos en la medida en que se aplique a mis datos y, en otro caso, en virtud de la legislación de protección de datos de mi país de residencia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> My particular situation: I did not choose to have my posts, profile and other activity used to train such models, and the setting allowing it was turned on by default.

</source>
        <translation> Mi situación particular: no elegí que mis publicaciones, mi perfil y el resto de mi actividad se usaran para entrenar esos modelos, y el ajuste que lo permite estaba activado por defecto.

</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- %1: %2 item</source>
        <translation>- %1: %2 elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>- %1: %2 items</source>
        <translation>- %1: %2 elementos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 to %2)</source>
        <translation> (del %1 al %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, of which %1 %2
</source>
        <translation>, de los cuales %1 %2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>may already have been used for training</source>
        <translation>pueden haberse usado ya para entrenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existed during a training period</source>
        <translation>existían durante un periodo de entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing concerns at least these categories of my data (figures as of %1):

</source>
        <translation>El tratamiento afecta al menos a estas categorías de mis datos (cifras a %1):

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- none of my items is in a category you say you use for training
</source>
        <translation>- ninguno de mis elementos está en una categoría que ustedes digan usar para entrenar
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
and these, %1:

</source>
        <translation>
y a estas, %1:

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
In total %1 of my items may already have been used for training.</source>
        <translation>
En total, %1 de mis elementos pueden haberse usado ya para entrenar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Separately, %1 of my items %2 existed during a training period; they are not included in that figure, and this objection covers them too.</source>
        <translation> Aparte, %1 de mis elementos %2 existían durante un periodo de entrenamiento; no están incluidos en esa cifra, y esta oposición también los abarca.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>I turned off the setting &quot;%1&quot; on %2</source>
        <translation>Desactivé el ajuste «%1» el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (confirmation id %1)</source>
        <translation> (id. de confirmación %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. As you state, that setting stops future training of content-generating models only and does not affect training that has already taken place; this objection covers the processing that setting does not.

</source>
        <translation>. Como ustedes mismos indican, ese ajuste solo detiene el entrenamiento futuro de modelos que generan contenido y no afecta al entrenamiento que ya se ha producido; esta oposición abarca el tratamiento que ese ajuste no abarca.

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setting &quot;%1&quot; was on for my account at the date above; this objection covers all training on my data, whatever that setting says.

</source>
        <translation>El ajuste «%1» estaba activado en mi cuenta en la fecha indicada; esta oposición abarca todo entrenamiento con mis datos, diga lo que diga ese ajuste.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I ask you to:
1. stop processing my personal data for training AI models, unless you demonstrate compelling legitimate grounds that override my interests, rights and freedoms;
2. erase the personal data you hold for that purpose (Article 17(1)(c) GDPR), and tell me whether models already trained on my data will be retrained or withdrawn;
3. tell me which of my data has been used for training, for which models, and which recipients received it (Article 15 GDPR);
4. confirm in writing what you have done, within one month (Article 12(3) GDPR).

</source>
        <translation>Les solicito que:
1. dejen de tratar mis datos personales para entrenar modelos de IA, salvo que acrediten motivos legítimos imperiosos que prevalezcan sobre mis intereses, derechos y libertades;
2. supriman los datos personales que conserven con ese fin (artículo 17, apartado 1, letra c, RGPD) y me indiquen si los modelos ya entrenados con mis datos se volverán a entrenar o se retirarán;
3. me indiquen cuáles de mis datos se han usado para entrenar, para qué modelos y qué destinatarios los recibieron (artículo 15 RGPD);
4. me confirmen por escrito lo que hayan hecho, en el plazo de un mes (artículo 12, apartado 3, RGPD).

</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yours sincerely,

%1
</source>
        <translation>Atentamente,

%1
</translation>
    </message>
</context>
<context>
    <name>pd::OfflineCache</name>
    <message>
        <location filename="../app/sources/OfflineCache.cpp" line="+60"/>
        <source>Nothing of your data is kept on this computer between sessions: %1</source>
        <translation>No se guarda nada de tus datos en este ordenador entre sesiones: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>You signed out: nothing is kept until you open a source again.</source>
        <translation>Has cerrado la sesión: no se guarda nada hasta que vuelvas a abrir una fuente.</translation>
    </message>
</context>
<context>
    <name>pd::OptOutContent</name>
    <message>
        <location filename="../ui/OptOutPage.ui" line="+22"/>
        <source>On means the platform may train AI models on your data. Turning it off asks for confirmation first.</source>
        <translation>Activado significa que la plataforma puede entrenar modelos de IA con tus datos. Para desactivarlo se pide confirmación primero.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the change again</source>
        <translation>Reintentar el cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the change to the server again</source>
        <translation>Envía de nuevo el cambio al servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the current state</source>
        <translation>Recargar el estado actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the setting from the server again</source>
        <translation>Vuelve a leer el ajuste del servidor</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open the setting on the &amp;platform</source>
        <translation>Abrir el ajuste en la &amp;plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the setting on the platform</source>
        <translation>Abrir el ajuste en la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the platform&apos;s own settings page in your browser</source>
        <translation>Abre en tu navegador la página de ajustes de la propia plataforma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of changes to the setting</source>
        <translation>Historial de cambios del ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each change with its time, the new state, the channel and the server&apos;s confirmation id</source>
        <translation>Cada cambio con su hora, el nuevo estado, el canal y el identificador de confirmación del servidor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No changes yet: the setting still has the platform&apos;s default.</source>
        <translation>Aún no hay cambios: el ajuste sigue con el valor por defecto de la plataforma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What this setting does not cover</source>
        <translation>Lo que este ajuste no abarca</translation>
    </message>
</context>
<context>
    <name>pd::OptOutPage</name>
    <message>
        <location filename="../ui/OptOutPage.cpp" line="+24"/>
        <source>Opt-out</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What turning it off does, in the platform&apos;s words: %1
%2</source>
        <translation>Qué hace desactivarlo, en palabras de la plataforma: %1
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmation id</source>
        <translation>Identificador de confirmación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History columns</source>
        <translation>Columnas del historial</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1 in the browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Training off (opted out)</source>
        <translation>Entrenamiento desactivado (te excluiste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training on (opted in)</source>
        <translation>Entrenamiento activado (participas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (not confirmed)</source>
        <translation>ninguno (sin confirmar)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not confirmed now: as of %1 (offline), training on your data was %2. You can change it once the server answers again.</source>
        <translation>Sin confirmar ahora: a fecha de %1 (sin conexión), el entrenamiento con tus datos estaba %2. Podrás cambiarlo cuando el servidor vuelva a responder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OFF (you had opted out)</source>
        <translation>DESACTIVADO (te habías excluido)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ON</source>
        <translation>ACTIVADO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. Your data export does not record this setting, so the platform has not confirmed it. Check it with “Open the setting on the platform” below.</source>
        <translation>%1. Tu exportación de datos no recoge este ajuste, así que la plataforma no lo ha confirmado. Compruébalo con «Abrir el ajuste en la plataforma», más abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. The platform&apos;s API does not show this setting, so its state is unknown here. Check it with “Open the setting on the platform” below.</source>
        <translation>%1. La API de la plataforma no muestra este ajuste, así que aquí su estado es desconocido. Compruébalo con «Abrir el ajuste en la plataforma» más abajo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmed by the source: training on your data is OFF (you opted out)</source>
        <translation>Confirmado por la fuente: el entrenamiento con tus datos está DESACTIVADO (te excluiste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the source: training on your data is ON</source>
        <translation>Confirmado por la fuente: el entrenamiento con tus datos está ACTIVADO</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source> since %1</source>
        <translation> desde el %1</translation>
    </message>
    <message>
        <location line="-124"/>
        <source> (the platform&apos;s default)</source>
        <translation> (el valor por defecto de la plataforma)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, confirmation %1</source>
        <translation>, confirmación %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The change that was waiting reached the server: training on your data is now %1</source>
        <translation>El cambio pendiente llegó al servidor: el entrenamiento con tus datos está ahora %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>. Confirmation id: %1</source>
        <translation>. Identificador de confirmación: %1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The change that is waiting could not be sent yet: %1.</source>
        <translation>Todavía no se pudo enviar el cambio pendiente: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change that was waiting was not sent and has been dropped: %1. The setting is as shown above.</source>
        <translation>El cambio pendiente no se envió y se ha descartado: %1. El ajuste es el que se muestra arriba.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pending: asking the server to turn training off…</source>
        <translation>Pendiente: pidiendo al servidor que desactive el entrenamiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: asking the server to turn training on…</source>
        <translation>Pendiente: pidiendo al servidor que active el entrenamiento…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmed: training on your data is off</source>
        <translation>Confirmado: el entrenamiento con tus datos está desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed: training on your data is on</source>
        <translation>Confirmado: el entrenamiento con tus datos está activado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not changed yet: %1.</source>
        <translation>Aún sin cambiar: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed: %1. The setting is still as shown above, and nothing was kept to send later.</source>
        <translation>Sin cambios: %1. El ajuste sigue como se muestra arriba y no se guardó nada para enviarlo después.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not changed: the setting was changed elsewhere (another device or the website) since it was loaded. Reload to see the current state, then decide again.</source>
        <translation>Sin cambios: el ajuste se cambió en otro lugar (otro dispositivo o el sitio web) desde que se cargó. Recarga para ver el estado actual y decide de nuevo.</translation>
    </message>
</context>
<context>
    <name>pd::OptOutWording</name>
    <message>
        <location filename="../app/core/OptOutWording.cpp" line="+24"/>
        <source>Opting out stops future training on your data, but it does not undo training that has already taken place: models already trained on your data are not retrained.</source>
        <translation>Excluirte detiene el entrenamiento futuro con tus datos, pero no deshace el entrenamiento que ya se ha producido: los modelos ya entrenados con tus datos no se vuelven a entrenar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separately, %1 %2 existed while a training period covered you; they are not counted as used, and would have been exposed only if the platform uses that data.</source>
        <translation>Aparte, %1 %2 existían mientras un periodo de entrenamiento te abarcaba; no se cuentan como usados, y solo habrían quedado expuestos si la plataforma usa esos datos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>turn training off</source>
        <translation>desactivar el entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>turn training on</source>
        <translation>activar el entrenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending: %1 (asked %2).</source>
        <translation>Enviando: %1 (solicitado el %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send: %1 (asked %2).</source>
        <translation>Pendiente de envío: %1 (solicitado el %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has not answered yet.</source>
        <translation>El servidor aún no ha respondido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next command that reaches the server sends it; `opt-out cancel` drops it.</source>
        <translation>El próximo comando que llegue al servidor lo envía; `opt-out cancel` lo descarta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not sent without you: `opt-out off` sends it, `opt-out cancel` drops it.</source>
        <translation>No se envía sin ti: `opt-out off` lo envía, `opt-out cancel` lo descarta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is sent the next time the app reaches the server, unless you cancel it. Until then the setting stays as the server has it.</source>
        <translation>Se envía la próxima vez que la aplicación llegue al servidor, salvo que lo canceles. Hasta entonces el ajuste sigue como lo tiene el servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turning training on is never sent without you: send it from the Opt-out page (you are asked again), or cancel it. Until then the setting stays as the server has it.</source>
        <translation>Activar el entrenamiento nunca se envía sin ti: envíalo desde la página Exclusión (se te vuelve a preguntar) o cancélalo. Hasta entonces el ajuste sigue como lo tiene el servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform&apos;s policy does not cover your region today, but once it does, your items will be available for training, and training that happens cannot be undone by opting out again.</source>
        <translation>Hoy la política de la plataforma no abarca tu región, pero en cuanto lo haga tus elementos quedarán disponibles para el entrenamiento, y el entrenamiento que se produzca no se deshace volviendo a excluirte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of your items would become available for training, and training that happens cannot be undone by opting out again.</source>
        <translation>%1 de tus elementos quedarían disponibles para el entrenamiento, y el entrenamiento que se produzca no se deshace volviendo a excluirte.</translation>
    </message>
</context>
<context>
    <name>pd::OverviewContent</name>
    <message>
        <location filename="../ui/OverviewPage.ui" line="+18"/>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of:</source>
        <translation>A fecha de:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy:</source>
        <translation>Política:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the training setting</source>
        <translation>Cambiar el ajuste de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the Opt-out page</source>
        <translation>Abre la página Exclusión</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Activity per month</source>
        <translation>Actividad por mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity per month, as a table</source>
        <translation>Actividad por mes, en forma de tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers of the chart: items per month that may have been used, not used, and not a training category</source>
        <translation>Las cifras del gráfico: elementos por mes que pueden haberse usado, que no se usaron y que no son de una categoría de entrenamiento</translation>
    </message>
</context>
<context>
    <name>pd::OverviewPage</name>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="+77"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity table columns</source>
        <translation>Columnas de la tabla de actividad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open the &amp;setting page</source>
        <translation>Abrir la página del a&amp;juste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the platform&apos;s setting page</source>
        <translation>Abrir la página de ajustes de la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check or change the setting in your browser</source>
        <translation>Comprueba o cambia el ajuste en tu navegador</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import report…</source>
        <translation>&amp;Informe de importación…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the files read from your data export, the files not recognised and the rows that could not be read</source>
        <translation>Muestra los archivos leídos de tu exportación de datos, los archivos no reconocidos y las filas que no se pudieron leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import:</source>
        <translation>Importación:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New since your last look</source>
        <translation>Novedades desde tu última consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New since your last look:</source>
        <translation>Novedades desde tu última consulta:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show these items</source>
        <translation>Ver estos elementos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the items counted in this figure</source>
        <translation>Ver los elementos contados en esta cifra</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Which items may have been used:</source>
        <translation>Qué elementos pueden haberse usado:</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 items of %2 may have been used</source>
        <translation>%1 elementos de %2 pueden haberse usado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows these items in the list</source>
        <translation>Muestra estos elementos en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: show them</source>
        <translation>%1: verlos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — not in the policy&apos;s list of regions, so every regime is assumed to apply</source>
        <translation> — no está en la lista de regiones de la política, así que se supone que se aplican todos los regímenes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (the date of your data export)</source>
        <translation>%1 (la fecha de tu exportación de datos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s privacy policy as we summarise it, version %2</source>
        <translation>Política de privacidad de %1 según nuestro resumen, versión %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>If so, AI training on your data is off since then; before that it was on, as the platform turns it on by default.</source>
        <translation>Si es así, el entrenamiento de IA con tus datos está desactivado desde entonces; antes estaba activado, porque la plataforma lo activa por defecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If so, AI training on your data is on: the platform turns it on by default.</source>
        <translation>Si es así, el entrenamiento de IA con tus datos está activado: la plataforma lo activa por defecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source> No policy lets the platform train on data from your region at the moment.</source>
        <translation> Ahora mismo ninguna política permite a la plataforma entrenar con datos de tu región.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Your data export does not record this setting, so the platform has not confirmed it. Check or change it on the platform&apos;s page: %1</source>
        <translation>Tu exportación de datos no recoge este ajuste, así que la plataforma no lo ha confirmado. Compruébalo o cámbialo en la página de la plataforma: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s API does not show this setting, so its state is unknown here. Check or change it on the platform&apos;s page: %1</source>
        <translation>La API de la plataforma no muestra este ajuste, así que aquí su estado es desconocido. Compruébalo o cámbialo en la página de la plataforma: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AI training on your data is OFF</source>
        <translation>El entrenamiento de IA con tus datos está DESACTIVADO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off since %1</source>
        <translation>Desactivado desde el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>, confirmation %1</source>
        <translation>, confirmación %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>. Before that it was on: the platform turns it on by default.</source>
        <translation>. Antes estaba activado: la plataforma lo activa por defecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI training on your data is ON</source>
        <translation>El entrenamiento de IA con tus datos está ACTIVADO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On since %1</source>
        <translation>Activado desde el %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On since %1, when the policy began to apply to your region. It was on by default: you have never opted out.</source>
        <translation>Activado desde el %1, cuando la política empezó a aplicarse a tu región. Estaba activado por defecto: nunca te has excluido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On by default: you have never opted out.</source>
        <translation>Activado por defecto: nunca te has excluido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As of %1 (offline), kept on this computer; not confirmed by the server now.</source>
        <translation>A fecha de %1 (sin conexión), guardado en este ordenador; el servidor no lo confirma ahora.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>items may already have been used to train AI models. Opting out does not undo this.</source>
        <translation>elementos pueden haberse usado ya para entrenar modelos de IA. Excluirte no lo deshace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>items %1 existed while training was allowed; not counted as used</source>
        <translation>elementos %1 existían mientras se permitía el entrenamiento; no se cuentan como usados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>items not used for AI training</source>
        <translation>elementos no usados para entrenar IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>future use: your new activity can still be used for training</source>
        <translation>uso futuro: tu nueva actividad todavía puede usarse para entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>future use: no training on your data from now on</source>
        <translation>uso futuro: a partir de ahora no se entrena con tus datos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the items: %1</source>
        <translation>Ver los elementos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the list of the items counted in this figure</source>
        <translation>Abre la lista de los elementos contados en esta cifra</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Policy start</source>
        <translation>Inicio de la política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the policy began to apply to your region on %1 (dotted line)</source>
        <translation>la política empezó a aplicarse a tu región el %1 (línea de puntos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opted out</source>
        <translation>Te excluiste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opted in</source>
        <translation>Volviste a participar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you opted out on %1 (dashed line)</source>
        <translation>te excluiste el %1 (línea discontinua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you opted in again on %1 (dashed line)</source>
        <translation>volviste a participar el %1 (línea discontinua)</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+174"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The numbered lines on the chart: %1.</source>
        <translation>Las líneas numeradas del gráfico: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dated before %2: counted in every figure and listed in the table, but not drawn.</source>
        <translation>%1 con fecha anterior a %2: en todas las cifras y en la tabla, pero no en el gráfico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 item is</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items are</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No activity yet</source>
        <translation>Aún no hay actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 holds no items for this member, so nothing can have been used.</source>
        <translation>%1 no tiene elementos de este miembro, así que no puede haberse usado nada.</translation>
    </message>
</context>
<context>
    <name>pd::Page</name>
    <message>
        <location filename="../ui/Page.cpp" line="+23"/>
        <source>Cannot reach the server</source>
        <translation>No se puede contactar con el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept your sign-in</source>
        <translation>El servidor no aceptó tu inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setting was changed elsewhere</source>
        <translation>El ajuste se cambió en otro lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data could not be read</source>
        <translation>No se pudieron leer los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading was cancelled</source>
        <translation>Se canceló la carga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your access token is missing, cannot be read or was not accepted by the server; choose your token file again with Connect…</source>
        <translation>falta tu token de acceso, no se puede leer o el servidor no lo aceptó; vuelve a elegir tu archivo del token con Conectar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading was stopped before your data arrived. Nothing was changed.</source>
        <translation>La carga se detuvo antes de que llegaran tus datos. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Refreshing</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the data source again</source>
        <translation>Volver a consultar la fuente de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onnect…</source>
        <translation>C&amp;onectar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the data source again</source>
        <translation>Volver a elegir la fuente de datos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1. %2 What you see below may be out of date.</source>
        <translation>%1. %2 Lo que ves abajo puede no estar actualizado.</translation>
    </message>
</context>
<context>
    <name>pd::PdfReportWriter</name>
    <message>
        <location filename="../app/report/PdfReportWriter.cpp" line="+225"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>pd::PendingChangeBar</name>
    <message>
        <location filename="../ui/PendingChangeBar.cpp" line="+20"/>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel this change</source>
        <translation>&amp;Cancelar este cambio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drops the change; nothing is sent and the setting stays as it is</source>
        <translation>Descarta el cambio; no se envía nada y el ajuste se queda como está</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Send now: %1</source>
        <translation>Enviar ahora: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this change: %1</source>
        <translation>Cancelar este cambio: %1</translation>
    </message>
</context>
<context>
    <name>pd::PolicyContent</name>
    <message>
        <location filename="../ui/PolicyPage.ui" line="+22"/>
        <source>Timeline of the policy regimes for your region</source>
        <translation>Cronología de los regímenes de la política para tu región</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regimes that do not apply to your region</source>
        <translation>Regímenes que no se aplican a tu región</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About this policy document</source>
        <translation>Sobre este documento de política</translation>
    </message>
</context>
<context>
    <name>pd::PolicyPage</name>
    <message>
        <location filename="../ui/PolicyPage.cpp" line="+32"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 policy, version %2 (sources retrieved %3)</source>
        <translation>Política de %1, versión %2 (fuentes consultadas el %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This page follows the platform&apos;s published privacy policy, help pages and announcements as we read them on %1 (version %2 of our summary of them). Which kinds of your data the platform says it uses comes from its help pages; where they neither list a kind of data as used nor exclude it, we say “not said either way” and count it apart. Where the sources disagree, we follow the platform&apos;s own announcements. Training before the first regime above took effect is not counted. Opting out does not undo training that has already taken place. Each regime above links to its sources, so you can check the wording yourself.</source>
        <translation>Esta página sigue la política de privacidad publicada por la plataforma, sus páginas de ayuda y sus anuncios tal como los leímos el %1 (versión %2 de nuestro resumen). Qué tipos de datos tuyos dice usar la plataforma sale de sus páginas de ayuda; cuando no incluyen un tipo de datos entre los usados ni lo excluyen, decimos «sin pronunciamiento» y lo contamos aparte. Cuando las fuentes no coinciden, seguimos los anuncios de la propia plataforma. No se cuenta el entrenamiento anterior a la entrada en vigor del primer régimen de arriba. Excluirte no deshace el entrenamiento que ya se ha producido. Cada régimen de arriba enlaza a sus fuentes, para que puedas comprobar la redacción por ti mismo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No regime of this policy applies to %1: the platform does not train on your data under it.</source>
        <translation>Ningún régimen de esta política se aplica a %1: con ella, la plataforma no entrena con tus datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regimes that let the platform train generative-AI models on data of members in %1:</source>
        <translation>Los regímenes que permiten a la plataforma entrenar modelos de IA generativa con datos de miembros en %1:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From %1 until %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1, still in force</source>
        <translation>Desde el %1, todavía en vigor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis: %1</source>
        <translation>Base jurídica: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source %1</source>
        <translation>Fuente %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open source %1 of %2</source>
        <translation>Abrir la fuente %1 de %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (from %2): %3</source>
        <translation>%1 (desde el %2): %3</translation>
    </message>
</context>
<context>
    <name>pd::RegimeTimeline</name>
    <message>
        <location filename="../ui/RegimeTimeline.cpp" line="+44"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from %2, still in force</source>
        <translation>%1, desde el %2, todavía en vigor</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No regime applies to your region.</source>
        <translation>Ningún régimen se aplica a tu región.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You opted out %1</source>
        <translation>Te excluiste el %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: from %2 →</source>
        <translation>%1: desde el %2 →</translation>
    </message>
</context>
<context>
    <name>pd::ReportChart</name>
    <message>
        <location filename="../app/report/ReportChart.cpp" line="+55"/>
        <source>not used</source>
        <translation>no usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a training category</source>
        <translation>no es de entrenamiento</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>opted out %1</source>
        <translation>te excluiste el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted in %1</source>
        <translation>te incluiste el %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dated items.</source>
        <translation>No hay elementos con fecha.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dated items per month from %1 to %2: %3 %4; %5 %6 (shown apart, not counted as used); %7 not used; %8 in categories not used for training.</source>
        <translation>Elementos con fecha por mes de %1 a %2: %3 %4; %5 %6 (aparte, no contados como usados); %7 no usados; %8 de categorías que no se usan para entrenar.</translation>
    </message>
</context>
<context>
    <name>pd::ReportHtml</name>
    <message>
        <location filename="../app/report/ReportHtml.cpp" line="+90"/>
        <source>opted out (training off)</source>
        <translation>excluido (entrenamiento desactivado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opted in (training on)</source>
        <translation>incluido (entrenamiento activado)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member id</source>
        <translation>Id. de miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Datos a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 policy &quot;%2&quot;, version %3 (statements gathered %4)</source>
        <translation>política de %1 «%2», versión %3 (declaraciones recopiladas el %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI training</source>
        <translation>Uso en IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First activity</source>
        <translation>Primera actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not said either way: items %1 (the policy&apos;s sources neither list them as used nor name them as excluded) that existed during a training period. They are not counted in &quot;may have been used&quot;.</source>
        <translation>Sin aclarar: elementos %1 (las fuentes de la política ni los incluyen entre los usados ni los excluyen) que existían durante un periodo de entrenamiento. No se cuentan en «pueden haberse usado».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What each category holds, and why it is classed so</source>
        <translation>Qué contiene cada categoría y por qué se clasifica así</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(source)</source>
        <translation>(fuente)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a training category</source>
        <translation>No es una categoría de entrenamiento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No change of the setting is recorded.</source>
        <translation>No consta ningún cambio del ajuste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmation id</source>
        <translation>Id. de confirmación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training periods for you (a policy covered your region and you were opted in):</source>
        <translation>Periodos de entrenamiento que te afectaron (una política abarcaba tu región y estabas incluido):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy period</source>
        <translation>Periodo de la política</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>still open</source>
        <translation>sigue abierto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No training period has covered you: no policy period for your region began while you were opted in.</source>
        <translation>Ningún periodo de entrenamiento te ha afectado: ningún periodo de la política para tu región empezó mientras estabas incluido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The training setting does not cover everything. These controls are separate:</source>
        <translation>El ajuste de entrenamiento no lo abarca todo. Estos controles son aparte:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>from %1 until %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources the policy cites:</source>
        <translation>Fuentes que cita la política:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generated by %1 %2 on %3. Figures as of %4.</source>
        <translation>Generado por %1 %2 el %3. Cifras a %4.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Your activity over time</source>
        <translation>Tu actividad a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dated items.</source>
        <translation>No hay elementos con fecha.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your data by category</source>
        <translation>Tus datos por categoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your opt-out and its history</source>
        <translation>Tu exclusión y su historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What opting out does</source>
        <translation>Qué hace excluirte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controls the setting does not cover</source>
        <translation>Controles que el ajuste no abarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rights and how to use them</source>
        <translation>Tus derechos y cómo ejercerlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 15(1)(a)–(h) in plain language</source>
        <translation>Art. 15.1.a)–h) del RGPD en lenguaje claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy and sources</source>
        <translation>Política y fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this report cannot know</source>
        <translation>Lo que este informe no puede saber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appendix: the items that may have been used</source>
        <translation>Anexo: los elementos que pueden haberse usado</translation>
    </message>
</context>
<context>
    <name>pd::SafeFile</name>
    <message>
        <location filename="../app/core/SafeFile.cpp" line="+21"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot set its permissions</source>
        <translation>no se pueden establecer sus permisos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the saved file is incomplete</source>
        <translation>el archivo guardado está incompleto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the folder %1: %2</source>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its parent folder cannot be created</source>
        <translation>no se puede crear su carpeta superior</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not a folder of this user</source>
        <translation>no es una carpeta de este usuario</translation>
    </message>
</context>
<context>
    <name>pd::SecretStore</name>
    <message>
        <location filename="../app/secrets/KeychainModule.cpp" line="+53"/>
        <source>The system keychain failed: %1</source>
        <translation>Falló el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeychainSecretStore.cpp" line="+95"/>
        <source>No system keychain was found (there is no D-Bus session), so your sign-in is kept for this session only and nothing of your data is kept on this computer.</source>
        <translation>No se encontró el llavero del sistema (no hay sesión de D-Bus), así que tu inicio de sesión se guarda solo durante esta sesión y no se guarda nada de tus datos en este ordenador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keychain cannot be used (%1), so your sign-in is kept for this session only and nothing of your data is kept on this computer.</source>
        <translation>No se puede usar el llavero del sistema (%1), así que tu inicio de sesión se guarda solo durante esta sesión y no se guarda nada de tus datos en este ordenador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain did not answer, so your sign-in is kept for this session only and nothing of your data is kept on this computer.</source>
        <translation>El llavero del sistema no respondió, así que tu inicio de sesión se guarda solo durante esta sesión y no se guarda nada de tus datos en este ordenador.</translation>
    </message>
</context>
<context>
    <name>pd::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="+25"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to %1 in your browser. This window waits until you are done.</source>
        <translation>Inicia sesión en %1 en tu navegador. Esta ventana espera hasta que termines.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in link</source>
        <translation>Enlace para iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot sign in: %1</source>
        <translation>No se puede iniciar sesión: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser could be opened. Open this link in your browser to sign in to %1; this window waits until you are done.</source>
        <translation>No se pudo abrir ningún navegador. Abre este enlace en tu navegador para iniciar sesión en %1; esta ventana espera hasta que termines.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed in, but the sign-in cannot be kept: %1</source>
        <translation>Sesión iniciada, pero no se puede guardar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in did not complete: %1</source>
        <translation>El inicio de sesión no se completó: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>pd::SourceOpener</name>
    <message>
        <location filename="../app/sources/SourceOpener.cpp" line="+28"/>
        <location line="+38"/>
        <source>cannot read the certificate file %1</source>
        <translation>no se puede leer el archivo del certificado %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>cannot read the archive %1</source>
        <translation>no se puede leer el archivo %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>there is no folder to keep unsent changes in (no home folder?)</source>
        <translation>no hay ninguna carpeta donde guardar los cambios pendientes (¿no hay carpeta personal?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder for unsent changes %1</source>
        <translation>no se puede crear la carpeta de cambios pendientes %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No data source chosen.</source>
        <translation>No se ha elegido ninguna fuente de datos.</translation>
    </message>
</context>
<context>
    <name>pd::SourceSpec</name>
    <message>
        <location filename="../app/sources/SourceSpec.cpp" line="+17"/>
        <source>The server address must be an https:// address, such as https://127.0.0.1:8443.</source>
        <translation>La dirección del servidor debe ser https://, por ejemplo https://127.0.0.1:8443.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must not hold a user name or password; the app signs in with a token.</source>
        <translation>La dirección del servidor no debe contener usuario ni contraseña; la aplicación inicia sesión con un token.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+22"/>
        <source>No data source chosen.</source>
        <translation>No se ha elegido ninguna fuente de datos.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No data export chosen.</source>
        <translation>No se ha elegido ninguna exportación de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>The country must be a two-letter code such as DE.</source>
        <translation>El país debe ser un código de dos letras, como ES.</translation>
    </message>
</context>
<context>
    <name>pd::StatePanel</name>
    <message>
        <location filename="../ui/StatePanel.ui" line="+16"/>
        <source>Status icon</source>
        <translation>Icono de estado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the data source again</source>
        <translation>Volver a consultar la fuente de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onnect…</source>
        <translation>C&amp;onectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the data source again: the server, your access token or the demo</source>
        <translation>Volver a elegir la fuente de datos: el servidor, tu token de acceso o la demostración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
</context>
<context>
    <name>pd::ToggleSwitch</name>
    <message>
        <location filename="../ui/ToggleSwitch.cpp" line="+193"/>
        <location line="+52"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>pd::TrainingUse</name>
    <message>
        <location filename="../app/core/Category.cpp" line="+35"/>
        <source>Used</source>
        <translation>Se usa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>may have been used</source>
        <translation>pueden haberse usado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in categories the platform has not said either way</source>
        <translation>de categorías que la plataforma no aclara</translation>
    </message>
</context>
<context>
    <name>pd::UiText</name>
    <message>
        <location filename="../ui/UiText.cpp" line="+58"/>
        <source>an unknown country</source>
        <translation>un país desconocido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your answer: you opted out on %1</source>
        <translation>Tu respuesta: te excluiste el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer: you opted out</source>
        <translation>Tu respuesta: te excluiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer: you never opted out</source>
        <translation>Tu respuesta: nunca te excluiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You told us you opted out on %1</source>
        <translation>Nos dijiste que te excluiste el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You told us you opted out</source>
        <translation>Nos dijiste que te excluiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You told us you never opted out</source>
        <translation>Nos dijiste que nunca te excluiste</translation>
    </message>
</context>
<context>
    <name>pd::UsageReport</name>
    <message>
        <location filename="../app/core/UsageReport.cpp" line="+29"/>
        <source>not stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (not in the policy&apos;s list of countries)</source>
        <translation> (no está en la lista de países de la política)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundled demo data set &quot;%1&quot;: an invented member, not a real account.</source>
        <translation>El conjunto de datos de demostración incluido «%1»: un miembro inventado, no una cuenta real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetched from the Member Privacy API at %1.</source>
        <translation>Obtenido de la Member Privacy API en %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read offline from your data-export archive &quot;%1&quot;</source>
        <translation>Leído sin conexión de tu archivo de exportación de datos «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Shown from the local cache: not fetched at the time of this report.</source>
        <translation> Mostrado desde la caché local: no se obtuvo en el momento de este informe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no confirmation id was recorded</source>
        <translation>no se registró ningún id. de confirmación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation id %1</source>
        <translation>id. de confirmación %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have never changed the setting; its default is opted out.</source>
        <translation>Nunca has cambiado el ajuste; por defecto estás excluido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have never changed the setting, so its default applies: you are opted in, and training on your data is allowed.</source>
        <translation>Nunca has cambiado el ajuste, así que se aplica su valor por defecto: estás incluido y se permite entrenar con tus datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You opted out of training on %1 (%2).</source>
        <translation>Te excluiste del entrenamiento el %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are opted in: the setting was turned back on on %1 (%2).</source>
        <translation>Estás incluido: el ajuste se volvió a activar el %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The source holds no items of yours, so none can have been used.</source>
        <translation>El origen no contiene elementos tuyos, así que no puede haberse usado ninguno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your %1 can have been used so far: no training period for your region began while you were opted in.</source>
        <translation>Ninguno de tus %1 puede haberse usado hasta ahora: ningún periodo de entrenamiento para tu región empezó mientras estabas incluido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of your %1 may have been used to train generative-AI models: none is in a category the platform says it uses and existed while you were opted in.</source>
        <translation>Ninguno de tus %1 puede haberse usado para entrenar modelos de IA generativa: ninguno está en una categoría que la plataforma diga usar y existía mientras estabas incluido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of your %1, %2 may already have been used to train generative-AI models</source>
        <translation>De tus %1, %2 pueden haberse usado ya para entrenar modelos de IA generativa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> before you opted out; opting out does not undo that.</source>
        <translation> antes de que te excluyeras; excluirte no lo deshace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; opting out now would stop future training but would not undo that.</source>
        <translation>; excluirte ahora detendría el entrenamiento futuro, pero no lo desharía.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not used.</source>
        <translation>%1 no se usó.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 were not used.</source>
        <translation>%1 no se usaron.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are opted in and a training period covers your region: new and existing items in categories used for training may be used in future training until you opt out.</source>
        <translation>Estás incluido y un periodo de entrenamiento abarca tu región: los elementos nuevos y existentes de categorías que se usan para entrenar pueden usarse en entrenamientos futuros hasta que te excluyas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are opted out: your data is not to be used for training content-generating models from now on.</source>
        <translation>Estás excluido: a partir de ahora tus datos no deben usarse para entrenar modelos que generan contenido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No training period covers your region at the as-of time, so nothing is being used now; this changes if one starts while you are opted in.</source>
        <translation>Ningún periodo de entrenamiento abarca tu región en la fecha de los datos, así que ahora no se usa nada; esto cambia si empieza uno mientras estás incluido.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Right of access</source>
        <translation>Derecho de acceso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GDPR Art. 15</source>
        <translation>RGPD, art. 15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a copy of your personal data and how it is used. On %1: %2. This report is not %1&apos;s answer to an access request; you can attach it to one.</source>
        <translation>Pide una copia de tus datos personales y de cómo se usan. En %1: %2. Este informe no es la respuesta de %1 a una solicitud de acceso; puedes adjuntarlo a una.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right to data portability</source>
        <translation>Derecho a la portabilidad de los datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GDPR Art. 20</source>
        <translation>RGPD, art. 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the data you provided with you in a machine-readable form: the same data export, as CSV files. This dashboard reads that archive offline.</source>
        <translation>Llévate los datos que proporcionaste en un formato legible por máquina: la misma exportación de datos, como archivos CSV. Este panel lee ese archivo sin conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right to object</source>
        <translation>Derecho de oposición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GDPR Art. 21</source>
        <translation>RGPD, art. 21</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object to processing based on legitimate interests, including training of models the setting does not cover, with the objection form. The dashboard prefills a letter for it from this report.</source>
        <translation>Oponte al tratamiento basado en el interés legítimo, incluido el entrenamiento de modelos que el ajuste no abarca, con el formulario de oposición. El panel rellena una carta para ello a partir de este informe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rights to rectification, erasure and restriction</source>
        <translation>Derechos de rectificación, supresión y limitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR Art. 16–18</source>
        <translation>RGPD, arts. 16–18</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct or delete items in your account, or ask %1 to erase or restrict them. %1 does not say whether erasing an item removes what a model already learned from it.</source>
        <translation>Corrige o borra elementos de tu cuenta, o pide a %1 que los suprima o limite su tratamiento. %1 no dice si suprimir un elemento elimina lo que un modelo ya aprendió de él.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Right to complain</source>
        <translation>Derecho a reclamar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GDPR Art. 77</source>
        <translation>RGPD, art. 77</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GDPR&apos;s complaint right is for members in the EU, EEA, UK and Switzerland. Where you live (%1), you may be able to complain to a privacy or consumer-protection authority; the rights above are offered by %2 to all members.</source>
        <translation>El derecho a reclamar del RGPD es para los miembros de la UE, el EEE, el Reino Unido y Suiza. Donde vives (%1), quizá puedas reclamar ante una autoridad de privacidad o de protección del consumidor; %2 ofrece los derechos anteriores a todos los miembros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>region not stated</source>
        <translation>región no indicada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This report cannot know which of your items a model actually used. &quot;May have been used&quot; means the item existed while a training period covered your region and you were opted in; %1 does not publish which items went into which model.</source>
        <translation>Este informe no puede saber qué elementos tuyos usó realmente un modelo. «Pueden haberse usado» significa que el elemento existía mientras un periodo de entrenamiento abarcaba tu región y estabas incluido; %1 no publica qué elementos entraron en qué modelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items carry only a day, not a time: an item dated on the day you opted out counts as possibly used.</source>
        <translation>Los elementos solo llevan el día, no la hora: un elemento con fecha del día en que te excluiste cuenta como posiblemente usado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items %1 (its sources neither list them as used nor name them as excluded) are not counted as &quot;may have been used&quot;: they are reported apart, as items that existed during a training period and would have been exposed if the platform uses that data.</source>
        <translation>Los elementos %1 (sus fuentes ni los incluyen entre los usados ni los excluyen) no se cuentan como «pueden haberse usado»: se indican aparte, como elementos que existían durante un periodo de entrenamiento y habrían quedado expuestos si la plataforma usa esos datos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 carry no date (profile fields); they count as existing at all times and are not in the monthly chart.</source>
        <translation>%1 no llevan fecha (campos del perfil); cuentan como existentes en todo momento y no están en el gráfico mensual.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training before %1, when the policy&apos;s first training period starts, is not modelled.</source>
        <translation>El entrenamiento anterior al %1, cuando empieza el primer periodo de entrenamiento de la política, no se modela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories with no items here may still hold data this source does not provide (for example feedback or group activity, which are not in the data export).</source>
        <translation>Las categorías sin elementos aquí pueden contener aun así datos que este origen no proporciona (por ejemplo comentarios a LinkedIn o actividad en grupos, que no están en la exportación de datos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your region (%1) is not in the policy; every training period was assumed to cover it.</source>
        <translation>Tu región (%1) no está en la política; se ha supuesto que todos los periodos de entrenamiento la abarcan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A data-export archive does not record the opt-out: the opt-out state and history here are what you entered, not what %1 confirmed.</source>
        <translation>Un archivo de exportación de datos no registra la exclusión: el estado y el historial de exclusión que aparecen aquí son los que introdujiste, no los que confirmó %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These are demo figures for an invented member, not anyone&apos;s real data.</source>
        <translation>Son cifras de demostración de un miembro inventado, no datos reales de nadie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These figures come from the local cache, not from the source at the time of the report; they may be out of date.</source>
        <translation>Estas cifras proceden de la caché local, no del origen en el momento del informe; pueden estar desactualizadas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 change of the opt-out history has no confirmation id.</source>
        <translation>1 cambio del historial de exclusión no tiene id. de confirmación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes of the opt-out history have no confirmation id.</source>
        <translation>%1 cambios del historial de exclusión no tienen id. de confirmación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures were computed with policy %1 version %2; the wording quoted here is from version %3.</source>
        <translation>Las cifras se calcularon con la política %1, versión %2; el texto citado aquí es de la versión %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The policy&apos;s statements were gathered on %1; %2 may have changed its pages since.</source>
        <translation>Las declaraciones de la política se recopilaron el %1; %2 puede haber cambiado sus páginas desde entonces.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Training generative-AI models that create content, controlled by the setting &quot;%1&quot;.</source>
        <translation>Entrenamiento de modelos de IA generativa que crean contenido, controlado por el ajuste «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> From %1: %2</source>
        <translation> Desde el %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes of the processing</source>
        <translation>Fines del tratamiento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Categories of personal data</source>
        <translation>Categorías de datos personales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source holds items in %1 categories: %2 used for training, %3 not used, %4 the platform has not said either way about. The table lists each with its figures.</source>
        <translation>Este origen contiene elementos en %1 categorías: %2 usadas para entrenar, %3 no usadas y %4 sobre las que la plataforma no se pronuncia. La tabla indica cada una con sus cifras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and its affiliates, as the setting&apos;s own wording says: %2 The report cannot list every recipient; ask %1 with your right of access.</source>
        <translation>%1 y sus filiales, como dice el propio texto del ajuste: %2 El informe no puede enumerar todos los destinatarios; pregúntaselo a %1 ejerciendo tu derecho de acceso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storage period</source>
        <translation>Plazo de conservación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy&apos;s sources do not say how long training data or trained models are kept. Models already trained are not retrained when you opt out.</source>
        <translation>Las fuentes de la política no dicen cuánto tiempo se conservan los datos de entrenamiento ni los modelos entrenados. Los modelos ya entrenados no se vuelven a entrenar cuando te excluyes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rights to rectification, erasure, restriction and objection</source>
        <translation>Derechos de rectificación, supresión, limitación y oposición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See &quot;Your rights and how to use them&quot; in this report; the objection letter that comes with it uses Art. 21.</source>
        <translation>Consulta «Tus derechos y cómo ejercerlos» en este informe; la carta de oposición que lo acompaña se basa en el art. 21.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Right to lodge a complaint</source>
        <translation>Derecho a presentar una reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the data</source>
        <translation>Origen de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is what you provided or created on the platform. This report&apos;s figures: %1</source>
        <translation>Tus datos son lo que proporcionaste o creaste en la plataforma. Cifras de este informe: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automated decision-making</source>
        <translation>Decisiones automatizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy&apos;s sources describe no automated decisions with legal or similarly significant effects based on this training; this report cannot tell whether any exist. %1</source>
        <translation>Las fuentes de la política no describen decisiones automatizadas con efectos jurídicos o significativos similares basadas en este entrenamiento; este informe no puede saber si existe alguna. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy does not name this category, so its treatment is unknown.</source>
        <translation>La política no menciona esta categoría, así que se desconoce cómo se trata.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generative-AI training report for a member</source>
        <translation>Informe de entrenamiento de IA generativa de un miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative-AI training report for %1</source>
        <translation>Informe de entrenamiento de IA generativa de %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> As the setting&apos;s help page puts it: </source>
        <translation> Como dice la página de ayuda del ajuste: </translation>
    </message>
</context>
<context>
    <name>pd::UsageSummaryJson</name>
    <message>
        <location filename="../app/core/UsageSummaryJson.cpp" line="+82"/>
        <source>not a usage summary: %1</source>
        <translation>no es un resumen de uso: %1</translation>
    </message>
</context>
<context>
    <name>pd::cli</name>
    <message>
        <location filename="../app/cli/SummaryText.cpp" line="+31"/>
        <source>Generative-AI training on your data: OFF (opted out)</source>
        <translation>Entrenamiento de IA generativa con tus datos: DESACTIVADO (te excluiste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> since %1</source>
        <translation> desde el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, confirmation %1</source>
        <translation>, confirmación %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Generative-AI training on your data: ON</source>
        <translation>Entrenamiento de IA generativa con tus datos: ACTIVADO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the platform&apos;s default; you have never opted out)</source>
        <translation> (el valor por defecto de la plataforma; nunca te has excluido)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your answer: </source>
        <translation>Tu respuesta: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s API does not show this setting, so its state is unknown here; check it at %1
</source>
        <translation>La API de la plataforma no muestra este ajuste, así que aquí su estado es desconocido; compruébalo en %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of your items may already have been used to train generative-AI models.
</source>
        <translation>%1 de tus elementos pueden haberse usado ya para entrenar modelos de IA generativa.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Future use: yes — new activity can still be used for training.
</source>
        <translation>Uso futuro: sí — tu nueva actividad todavía puede usarse para entrenar.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future use: no — no training on your data from now on under the current policy.
</source>
        <translation>Uso futuro: no — con la política actual, a partir de ahora no se entrena con tus datos.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No changes recorded: the platform&apos;s default applies (training on).
</source>
        <translation>No hay cambios registrados: se aplica el valor por defecto de la plataforma (entrenamiento activado).
</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opted out</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opted in</source>
        <translation>incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member:  %1 (%2)
</source>
        <translation>Miembro:    %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:  %1%2
</source>
        <translation>Región:     %1%2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not in the policy: every regime assumed to apply)</source>
        <translation> (no está en la política: se supone que se aplican todos los regímenes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:  %1
</source>
        <translation>Fuente:     %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:   %1 (offline)
</source>
        <translation>A fecha de: %1 (sin conexión)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:   %1
</source>
        <translation>A fecha de: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy:  %1, version %2

</source>
        <translation>Política:   %1, versión %2

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI training</source>
        <translation>Entrenamiento de IA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>
&quot;Not said either way&quot;: items %1 that existed during a training period. They are shown apart and are not in &quot;may have been used&quot;.
</source>
        <translation>
«Sin aclarar»: elementos %1 que existían durante un periodo de entrenamiento. Se muestran aparte y no están en «pueden haberse usado».
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
No data from this source for: %1.
</source>
        <translation>
Esta fuente no tiene datos de: %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+154"/>
        <source>import needs the archive: import ARCHIVE.zip</source>
        <translation>import necesita el archivo: import ARCHIVO.zip</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 1 to 86400</source>
        <translation>--timeout: «%1» no es un número de segundos de 1 a 86400</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--region needs a two-letter country code such as DE, got &quot;%1&quot;</source>
        <translation>--region necesita un código de país de dos letras como ES; se recibió «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--opted-out-since needs a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>--opted-out-since necesita una fecha AAAA-MM-DD; se recibió «%1»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opt-out takes one of: status, on, off, cancel</source>
        <translation>opt-out admite uno de: status, on, off, cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes no arguments, got &quot;%2&quot;</source>
        <translation>%1 no admite argumentos; se recibió «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opt-out takes one of: status, on, off, cancel, got &quot;%1&quot;</source>
        <translation>opt-out admite uno de: status, on, off, cancel; se recibió «%1»</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Usage: privacy-dashboard-cli [--demo | --server URL [--ca-file PEM] [--token-file FILE]] [--json] COMMAND
       privacy-dashboard-cli --linkedin-api [--api-base URL] [--token-file FILE] [--region CC]
                             [--opted-out-since YYYY-MM-DD] [--json] COMMAND
       privacy-dashboard-cli import ARCHIVE.zip [--region CC] [--opted-out-since YYYY-MM-DD] [COMMAND]

See which of your data may have been used to train generative-AI models, and opt out.

Commands:
  summary               what the platform holds, by category, and what may already have been used
  opt-out status|on|off the training opt-out as the server confirmed it (on = opt out of training),
                        and a change still waiting to be sent
  opt-out cancel        drop a change that is waiting to be sent
  history               every change of the opt-out, with confirmation ids
  items [--category C] [--status may-have-been-used|not-used|unknown] [--since D] [--until D]
        [--search TEXT] [--json|--csv]
                        the items behind the figures (posts, articles, comments, poll votes,
                        AI-feature prompts, screening answers): date, snippet, link, status
  login [--no-browser]  sign in to the server in your browser; the sign-in is kept in the keychain
                        and later commands need no token (--no-browser: only print the address)
  logout                sign out: revoke the sign-in at the server and delete it here
  report --format F --output FILE [--force] [--paper a4|letter]
                        export the usage report; F is pdf, html, csv, json, letter (the right-to-object
                        letter as text) or letter-pdf; csv also writes FILE-history.csv; an existing
                        file is replaced only with --force, and a failed write leaves no partial file;
                        PDF paper follows the system locale unless --paper says otherwise;
                        --items-appendix adds the items that may have been used (CSV: FILE-items.csv)

Sources:
  --demo                the bundled demo member (no network)
  --server URL          a Member Privacy API server (token from --token-file, PRIVACY_DASHBOARD_TOKEN
                        or the sign-in of `login`)
  import ARCHIVE.zip    the member&apos;s own data-export archive, read offline
  --linkedin-api        LinkedIn&apos;s Member Data Portability API (EEA and Switzerland), read-only, with
                        a token you generate for your own data (docs/linkedin-api.md)

Options:
  --json                print one JSON object instead of text (items: a JSON array)
  --csv                 items: print CSV (formulas neutralised, as in the CSV report)
  --ca-file PEM         trust this CA certificate for the server
  --token-file FILE     read the bearer token from FILE
  --api-base URL        --linkedin-api: another base than https://api.linkedin.com (tests only)
  --timeout SECONDS     give up on the server after this long, retries included (default 30)
  --offline-ok          summary: keep it (encrypted, key in the keychain); when the server cannot be
                        reached, print the one kept last, marked &quot;(offline)&quot;, and exit 0
  --region CC           import, --linkedin-api: the member&apos;s country (ISO 3166-1 alpha-2)
  --opted-out-since D   import, --linkedin-api: the day you opted out (neither records it)
  --language LANG       readable output and reports in LANG (en, es); default: LC_ALL, LANG, LANGUAGE
  -h, --help            show this help
  --version             show the version

Exit codes: 0 ok, 1 internal error, 2 usage, 3 network or TLS, 4 authentication,
5 conflict (changed elsewhere), 6 invalid input.
</source>
        <translation>Uso: privacy-dashboard-cli [--demo | --server URL [--ca-file PEM] [--token-file ARCHIVO]] [--json] ORDEN
     privacy-dashboard-cli --linkedin-api [--api-base URL] [--token-file ARCHIVO] [--region CC]
                           [--opted-out-since AAAA-MM-DD] [--json] ORDEN
     privacy-dashboard-cli import ARCHIVO.zip [--region CC] [--opted-out-since AAAA-MM-DD] [ORDEN]

Mira cuáles de tus datos pueden haberse usado para entrenar modelos de IA generativa, y exclúyete.

Órdenes:
  summary               qué tiene la plataforma, por categoría, y qué puede haberse usado ya
  opt-out status|on|off la exclusión del entrenamiento tal como la confirmó el servidor (on = excluirte
                        del entrenamiento), y un cambio que aún espera a enviarse
  opt-out cancel        descarta un cambio que espera a enviarse
  history               cada cambio de la exclusión, con sus ids. de confirmación
  items [--category C] [--status may-have-been-used|not-used|unknown] [--since D] [--until D]
        [--search TEXTO] [--json|--csv]
                        los elementos detrás de las cifras (publicaciones, artículos, comentarios, votos
                        en encuestas, instrucciones a funciones de IA, respuestas de preselección):
                        fecha, fragmento, enlace, estado
  login [--no-browser]  inicia sesión en el servidor desde tu navegador; la sesión se guarda en el llavero
                        y las órdenes siguientes no necesitan token (--no-browser: solo muestra la dirección)
  logout                cierra la sesión: la revoca en el servidor y la borra aquí
  report --format F --output ARCHIVO [--force] [--paper a4|letter]
                        exporta el informe de uso; F es pdf, html, csv, json, letter (la carta de
                        oposición como texto) o letter-pdf; csv también escribe ARCHIVO-history.csv; un
                        archivo existente solo se sustituye con --force, y una escritura fallida no deja
                        un archivo a medias; el papel del PDF sigue la configuración regional del sistema
                        salvo que --paper diga otra cosa; --items-appendix añade los elementos que pueden
                        haberse usado (CSV: ARCHIVO-items.csv)

Orígenes:
  --demo                el miembro de demostración incluido (sin red)
  --server URL          un servidor de la Member Privacy API (token de --token-file, PRIVACY_DASHBOARD_TOKEN
                        o la sesión de `login`)
  import ARCHIVO.zip    el archivo de exportación de datos del propio miembro, leído sin conexión
  --linkedin-api        la Member Data Portability API de LinkedIn (EEE y Suiza), solo lectura, con
                        un token que generas para tus propios datos (docs/linkedin-api.md)

Opciones:
  --json                imprime un objeto JSON en lugar de texto (items: un array JSON)
  --csv                 items: imprime CSV (fórmulas neutralizadas, como en el informe CSV)
  --ca-file PEM         confía en este certificado de CA para el servidor
  --token-file ARCHIVO  lee el token de portador de ARCHIVO
  --api-base URL        --linkedin-api: otra base que https://api.linkedin.com (solo para pruebas)
  --timeout SEGUNDOS    abandona el servidor pasado este tiempo, reintentos incluidos (por defecto 30)
  --offline-ok          summary: lo guarda (cifrado, clave en el llavero); si no se puede llegar al
                        servidor, imprime el último guardado, marcado «(sin conexión)», y sale con 0
  --region CC           import, --linkedin-api: el país del miembro (ISO 3166-1 alfa-2)
  --opted-out-since D   import, --linkedin-api: el día en que te excluiste (ninguno de los dos lo registra)
  --language IDIOMA     texto legible e informes en IDIOMA (en, es); por defecto: LC_ALL, LANG, LANGUAGE
  -h, --help            muestra esta ayuda
  --version             muestra la versión

Códigos de salida: 0 correcto, 1 error interno, 2 uso, 3 red o TLS, 4 autenticación,
5 conflicto (cambiado en otro lugar), 6 entrada no válida.
</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>choose a source: --demo, --server URL, --linkedin-api or import ARCHIVE.zip</source>
        <translation>elige un origen: --demo, --server URL, --linkedin-api o import ARCHIVO.zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one source: --demo, --server URL, --linkedin-api or import ARCHIVE.zip</source>
        <translation>elige un solo origen: --demo, --server URL, --linkedin-api o import ARCHIVO.zip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--api-base: %1</source>
        <translation>--api-base: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--api-base goes with --linkedin-api</source>
        <translation>--api-base va con --linkedin-api</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--ca-file and --token-file go with --server or --linkedin-api</source>
        <translation>--ca-file y --token-file van con --server o --linkedin-api</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--timeout goes with --server or --linkedin-api</source>
        <translation>--timeout va con --server o --linkedin-api</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--region and --opted-out-since go with import ARCHIVE.zip or --linkedin-api</source>
        <translation>--region y --opted-out-since van con import ARCHIVO.zip o --linkedin-api</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>missing command: summary, opt-out status|on|off, history, report, items, login or logout</source>
        <translation>falta la orden: summary, opt-out status|on|off, history, report, items, login o logout</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--no-browser goes with the login command</source>
        <translation>--no-browser va con la orden login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 goes with --server URL</source>
        <translation>%1 va con --server URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--offline-ok goes with the summary of --server or import ARCHIVE.zip</source>
        <translation>--offline-ok va con el resumen (summary) de --server o de import ARCHIVO.zip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format, --output, --force and --items-appendix go with the report command</source>
        <translation>--format, --output, --force y --items-appendix van con la orden report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report needs --format pdf|html|csv|json|letter|letter-pdf</source>
        <translation>report necesita --format pdf|html|csv|json|letter|letter-pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown report format &quot;%1&quot;; use pdf, html, csv, json, letter or letter-pdf</source>
        <translation>formato de informe desconocido «%1»; usa pdf, html, csv, json, letter o letter-pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report needs --output FILE</source>
        <translation>report necesita --output ARCHIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report takes --format json instead of --json</source>
        <translation>report usa --format json en lugar de --json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--category, --status, --since, --until, --search and --csv go with the items command</source>
        <translation>--category, --status, --since, --until, --search y --csv van con la orden items</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>items takes --json or --csv, not both</source>
        <translation>items acepta --json o --csv, no los dos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--status takes may-have-been-used, not-used or unknown, got &quot;%1&quot;</source>
        <translation>--status acepta may-have-been-used, not-used o unknown; se recibió «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 needs a date as YYYY-MM-DD, got &quot;%2&quot;</source>
        <translation>--%1 necesita una fecha AAAA-MM-DD; se recibió «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--since is after --until</source>
        <translation>--since es posterior a --until</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--paper takes a4 or letter, got &quot;%1&quot;</source>
        <translation>--paper admite a4 o letter; se recibió «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--paper goes with report --format pdf or letter-pdf</source>
        <translation>--paper va con report --format pdf o letter-pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+69"/>
        <source> (try --help)</source>
        <translation> (prueba --help)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>unknown report format &quot;%1&quot;</source>
        <translation>formato de informe desconocido «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; use --force to replace it</source>
        <translation>; usa --force para sustituirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote %1
</source>
        <translation>escrito %1
</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>. Not changed, and nothing was kept to send later.</source>
        <translation>. No se ha cambiado, y no se ha guardado nada para enviarlo después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Not changed yet: </source>
        <translation>. Aún no se ha cambiado: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No change is waiting to be sent.
</source>
        <translation>No hay ningún cambio esperando a enviarse.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the change is being sent right now (by another window) and cannot be called back; run `opt-out status` when it has an answer</source>
        <translation>el cambio se está enviando ahora mismo (desde otra ventana) y no se puede retirar; ejecuta `opt-out status` cuando tenga respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the waiting change could not be dropped</source>
        <translation>no se pudo descartar el cambio en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped: %1 (asked %2). Nothing will be sent.
</source>
        <translation>Descartado: %1 (pedido el %2). No se enviará nada.
</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the change that was waiting reached the server: </source>
        <translation>el cambio que esperaba llegó al servidor: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the change that was waiting was not sent: </source>
        <translation>el cambio que esperaba no se envió: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Confirmed by the server.
</source>
        <translation>Confirmado por el servidor.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLogin.cpp" line="+34"/>
        <source>cannot keep a sign-in: %1; use --token-file FILE or PRIVACY_DASHBOARD_TOKEN instead</source>
        <translation>no se puede guardar un inicio de sesión: %1; usa --token-file FICHERO o PRIVACY_DASHBOARD_TOKEN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open this address in your browser to sign in (waiting up to %1 minutes):</source>
        <translation>Abre esta dirección en tu navegador para iniciar sesión (se espera hasta %1 minutos):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(No browser could be started: open the address yourself.)
</source>
        <translation>(No se pudo abrir ningún navegador: abre la dirección tú mismo.)
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in to %1. Commands for this server now use the sign-in; `logout` ends it.</source>
        <translation>Sesión iniciada en %1. Las órdenes para este servidor usan ahora esta sesión; `logout` la cierra.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSignIn.cpp" line="+62"/>
        <source>Not signed in to %1.</source>
        <translation>No has iniciado sesión en %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out of %1.</source>
        <translation>Sesión cerrada en %1.</translation>
    </message>
</context>
</TS>
