# Første bilde kommer først: planene i en mappe fylles inn etter hvert som de leses.
loading-plans-read = { $read } av { $total } planer lest
