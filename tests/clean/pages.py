"""Hand-written page dumps for the clean tests (invented news, written for these tests)."""

from __future__ import annotations

ENGLISH_PAGE = """\
Skip to content
Home
World
Business
Sport
Search
Harbour strike ends after nine days as dock workers accept new pay offer - Coastal Herald

Harbour strike ends after nine days as dock workers accept new pay offer

By Maria Lopez
Photo: Coastal Herald archive

PORTVILLE, March 3, 2023 (Coastal Herald) - Dock workers in Portville voted on Friday to accept a revised pay offer, \
ending a nine-day strike that had left more than forty container ships waiting outside the harbour.

The union said 78 percent of its members backed the deal, which raises wages by six percent this year and by four \
percent next year, and adds a new allowance for night shifts.

Read also: Fuel prices climb for a third week

The port authority said it expected the backlog of ships to be cleared within a week, and that it would extend the \
opening hours of the container terminal until then.

Local businesses had warned that shelves were starting to empty, and two supermarket chains had begun to limit \
sales of some imported goods during the strike.

"This was never about a few pennies, it was about being able to plan our lives," said a crane operator who has \
worked at the port for eleven years.

Related stories:
Ferry timetable changes for the summer
City council approves new tram line
2 hours ago
Fishermen protest over new quotas
5 hours ago

Subscribe to our newsletter
We use cookies to improve your experience. Accept cookies
Copyright 2023 Coastal Herald. All rights reserved.
"""

RUSSIAN_PAGE = """\
Главная
Новости
Политика
Экономика
В Новосибирске открыли новый мост через Обь

Автор: Ирина Смирнова
Фото: пресс-служба мэрии

В Новосибирске в понедельник открыли движение по новому мосту через Обь, строительство которого продолжалось \
почти четыре года.

Длина моста вместе с подходами составляет около пяти километров, по нему проходит шесть полос движения.

Читайте также: Цены на бензин выросли третью неделю подряд

По словам мэра, новый мост должен разгрузить центр города, где в часы пик образуются многокилометровые пробки.

Первыми по мосту проехали автобусы городских маршрутов, а вечером движение открыли для всех автомобилей, сообщает \
Сибирский вестник.

Комментарии
Подписывайтесь на наш канал в Telegram
"""

# a language the lexicons do not cover: the body must be found by shape alone
SWEDISH_PAGE = """\
Start
Nyheter
Sport
Kultur
Väder
Ny cykelbana invigd längs älven

Den nya cykelbanan längs älven invigdes på lördagen och är nästan sju kilometer lång, från centralstationen ända \
ut till hamnen.

Kommunen har byggt banan under två år och den har kostat ungefär fyrtio miljoner kronor, enligt tekniska förvaltningen.

Många cyklister var på plats redan tidigt på morgonen för att bli de första att prova den breda och belysta banan.

Mest läst
Tåget försenat i tre timmar
Nytt bibliotek öppnar i höst
Fotboll: hemmalaget vann igen
Kontakta oss
Om oss
"""

# an English article inside a page whose chrome is in Hindi
HINDI_CHROME_PAGE = """\
मुख्य पृष्ठ
हमसे जुड़ें
Central bank keeps interest rates unchanged for a fourth month

The central bank left its main interest rate unchanged on Thursday, saying that inflation was slowing but remained \
above its target for the coming year.

The governor told reporters that the bank would watch food prices closely, because a poor harvest could push them \
up again before the winter.

Economists had expected the decision, and most of them now think the first cut will come in the spring at the earliest.

राजनीति2 घंटे पहले
राष्ट्रपति ने संसद के नए सत्र की शुरुआत में देश की आर्थिक स्थिति पर लंबा भाषण दिया
खेल5 घंटे पहले
क्रिकेट टीम ने आखिरी गेंद पर रोमांचक मुकाबला जीतकर सीरीज़ अपने नाम कर ली
मौसम1 दिन पहले
मौसम विभाग ने अगले तीन दिनों के लिए कई राज्यों में भारी बारिश की चेतावनी जारी की है
इस लेख को साझा करें
"""

MT_NOTICE_PAGE = """\
Farmers bring the grain harvest in early after a warm spring - Steppe News
This article was automatically translated into English by Google Translate from Ukrainian and has not been edited.
Ця стаття була автоматично перекладена сервісом Google Translate з української мови.

Farmers bring the grain harvest in early after a warm spring

Farmers in the south of the country started bringing in the grain harvest two weeks earlier than usual this year, \
after an unusually warm and dry spring.

The ministry of agriculture said that the first fields had yielded slightly less wheat per hectare than last year, \
but that the quality of the grain was high.

Exporters expect the first ships with the new harvest to leave the ports at the beginning of next month.

Read also on Steppe News:
Bakers raise bread prices
Subscribe to Steppe News on Google News
"""
